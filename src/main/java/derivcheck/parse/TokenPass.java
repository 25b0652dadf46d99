package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.parse.antlr.LatexMathLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Lexes a formula and cleans the token list before parsing: stray characters, malformed numbers and unknown
 * commands are reported here, unicode symbols become commands, brackets are matched ({@link Brackets}), a multi-digit
 * number right after {@code ^}, {@code _} or {@code \frac} is split as TeX does ({@code x^23} is {@code x^{2}3}), and
 * trailing punctuation is dropped. Hidden spacing tokens stay in the list for {@link ChainSplitter}.
 */
final class TokenPass {
  /** Longest run of prefix tokens ({@code - - - x}, {@code \hat\hat x}, {@code \ln \ln x}) accepted. */
  static final int MAX_PREFIX_RUN = 50;

  private static final Pattern ARG_OPT = Pattern.compile("arg\\s*(min|max)");

  private TokenPass() {}

  static List<CommonToken> run(String src) {
    var lexer = new LatexMathLexer(CharStreams.fromString(src));
    lexer.removeErrorListeners(); // the ANY rule catches every character, so the lexer never fails
    var tokens = new ArrayList<CommonToken>();
    for (Token t : lexer.getAllTokens()) tokens.add((CommonToken) t);
    tokens = new ArrayList<>(TypedMath.rewrite(tokens));
    for (CommonToken t : tokens) check(t);
    checkPrefixRuns(tokens);
    List<CommonToken> out = Brackets.resolve(tokens);
    out = splitScriptNumbers(out);
    dropTrailingPunctuation(out);
    if (out.stream().noneMatch(TokenKinds::visible)) {
      throw new ParseFailure(1, 1, "empty formula");
    }
    return out;
  }

  /** Reports characters and commands that cannot be read, and re-types unicode symbols and argmin words. */
  private static void check(CommonToken t) {
    String text = t.getText();
    switch (t.getType()) {
      case ANY -> throw ParseFailure.at(t, Commands.STRAY.getOrDefault(text, "unexpected character '" + text + "'"));
      case BAD_NUMBER -> throw ParseFailure.at(t, "malformed number '" + text + "'");
      case UNICODE_SYMBOL -> {
        String latex = Commands.UNICODE.get(text.charAt(0));
        t.setText(latex);
        t.setType(latex.startsWith("\\") ? CMD : LETTER);
      }
      case CMD -> {
        String why = Commands.UNSUPPORTED.get(text);
        if (why != null) throw ParseFailure.at(t, why);
        if (!Commands.isKnown(text)) throw ParseFailure.at(t, "unknown command '" + text + "'");
      }
      case TEXT -> {
        String word = textContent(text).replace("\\,", "").replace("\\", "").trim();
        if (ARG_OPT.matcher(word).matches()) t.setType(ARGOPT);
      }
      default -> { }
    }
  }

  /** The braces' content of a TEXT token: {@code \text{for }} gives {@code "for "}. */
  static String textContent(String tokenText) {
    return tokenText.substring(tokenText.indexOf('{') + 1, tokenText.lastIndexOf('}'));
  }

  private static void checkPrefixRuns(List<CommonToken> tokens) {
    int run = 0;
    for (CommonToken t : tokens) {
      if (!TokenKinds.visible(t)) continue;
      int type = t.getType();
      boolean prefix = type == MINUS || type == PLUS || type == FORALL || type == ACCENT || type == FONT
          || (type == CMD && (Commands.OPERATOR_FUNCTIONS.contains(t.getText()) || t.getText().equals("\\nabla")));
      run = prefix ? run + 1 : 0;
      if (run > MAX_PREFIX_RUN) throw ParseFailure.at(t, "expression nested too deeply");
    }
  }

  /** TeX reads one character after {@code ^}, {@code _} and {@code \frac}: {@code x^23} is {@code x^{2} 3}. */
  private static List<CommonToken> splitScriptNumbers(List<CommonToken> in) {
    var out = new ArrayList<CommonToken>();
    int prev = -1;
    for (CommonToken t : in) {
      if (!TokenKinds.visible(t)) {
        out.add(t);
        continue;
      }
      String text = t.getText();
      if (t.getType() == NUMBER && text.length() > 1 && (prev == CARET || prev == UNDERSCORE || prev == FRAC)) {
        String mark = prev == CARET ? "^" : prev == UNDERSCORE ? "_" : "\\frac";
        if (!Character.isDigit(text.charAt(1)) || (prev == FRAC && text.contains("."))) {
          throw ParseFailure.at(t, "'" + mark + "' without braces takes one character: write " + mark + "{" + text
              + "}");
        }
        out.add(piece(t, 0, 1));
        if (prev == FRAC) {
          out.add(piece(t, 1, 2));
          if (text.length() > 2) out.add(piece(t, 2, text.length()));
        } else {
          out.add(piece(t, 1, text.length()));
        }
      } else {
        out.add(t);
      }
      prev = t.getType();
    }
    return out;
  }

  private static CommonToken piece(CommonToken t, int from, int to) {
    var p = new CommonToken(t);
    p.setText(t.getText().substring(from, to));
    p.setStartIndex(t.getStartIndex() + from);
    p.setStopIndex(t.getStartIndex() + to - 1);
    p.setCharPositionInLine(t.getCharPositionInLine() + from);
    return p;
  }

  /** A formula in running text often ends with {@code .} or {@code ,}; they are punctuation, not mathematics. */
  private static void dropTrailingPunctuation(List<CommonToken> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      CommonToken t = tokens.get(i);
      if (!TokenKinds.visible(t)) continue;
      if (t.getType() != DOT && t.getType() != COMMA) return;
      tokens.remove(i);
    }
  }
}
