package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Splits a chain's tokens into the chain itself and what the author wrote after it. At bracket depth 0, a new part
 * starts at {@code \quad}, {@code \qquad}, {@code ,}, {@code \forall} and at prose {@code \text{...}} (words with a
 * space, a parenthesis, or a keyword such as {@code for}, {@code if}, {@code where}). A part is
 * <ul>
 *   <li>a side condition when it holds mathematics: {@code \quad x > 0}, {@code \text{for } x > 0},
 *       {@code , \forall i}, or {@code \quad (x \neq 0)} (the parentheses are removed);</li>
 *   <li>an equation number when it is {@code (1)}: dropped, like {@code \tag};</li>
 *   <li>a note when it is only prose: {@code \text{(chain rule)}}, {@code \quad \text{by definition}}.</li>
 * </ul>
 * A bare {@code ,} after a formula without relation ({@code i, j \in S}) makes a list, which is refused.
 */
final class ChainSplitter {
  static final Set<String> KEYWORDS = Set.of(
      "for", "if", "where", "when", "whenever", "with", "provided", "given", "assuming", "for all", "for every",
      "for each", "for any", "and", "s.t.", "such that", "since", "as", "while", "if and only if", "iff",
      "provided that", "where we have", "on", "whereas");

  /** The chain's tokens, the tokens of each condition, the notes, in order. */
  record Split(List<CommonToken> main, List<Part> conditions, List<String> notes) {}

  /** A condition's tokens and the token that introduced it, for messages. */
  record Part(List<CommonToken> tokens, Token introducer) {}

  private static final class Segment {
    final List<CommonToken> intro = new ArrayList<>();
    final List<CommonToken> content = new ArrayList<>();
  }

  private ChainSplitter() {}

  static Split split(List<CommonToken> all) {
    var main = new Segment();
    var segments = new ArrayList<Segment>();
    var notes = new ArrayList<String>();
    Segment current = main;
    int depth = 0;
    for (CommonToken t : all) {
      boolean visible = TokenKinds.visible(t);
      boolean leading = current == main && main.content.isEmpty();
      if (leading && t.getType() == QUAD) continue; // leading space
      if (depth == 0 && isSeparator(t) && !(leading && t.getType() == FORALL)) {
        if (leading && t.getType() == TEXT && !isKeyword(t)) {
          notes.add(TokenPass.textContent(t.getText()).trim()); // leading prose, e.g. \text{hence }
          continue;
        }
        if (current == main || !current.content.isEmpty()) {
          current = new Segment();
          segments.add(current);
        }
        if (t.getType() == FORALL) current.content.add(t);
        else current.intro.add(t);
      } else if (visible && !isBlankText(t)) {
        current.content.add(t);
      }
      if (visible && TokenKinds.OPENERS.contains(t.getType())) depth++;
      if (visible && TokenKinds.CLOSERS.contains(t.getType())) depth--;
    }
    if (main.content.isEmpty()) {
      Token first = segments.isEmpty() ? all.get(0) : firstOf(segments.get(0));
      throw ParseFailure.at(first, "expected a formula before " + TokenKinds.quote(first));
    }
    var conditions = new ArrayList<Part>();
    boolean mainIsClaim = hasTopLevelRelation(main.content);
    for (Segment s : segments) classify(s, mainIsClaim, conditions, notes);
    return new Split(main.content, conditions, notes);
  }

  private static void classify(Segment s, boolean mainIsClaim, List<Part> conditions, List<String> notes) {
    boolean keyword = s.intro.stream().anyMatch(t -> t.getType() == TEXT && isKeyword(t));
    boolean quad = s.intro.stream().anyMatch(t -> t.getType() == QUAD);
    var prose = new StringBuilder();
    for (CommonToken t : s.intro) {
      if (t.getType() == TEXT && !isKeyword(t)) {
        if (prose.length() > 0) prose.append(' ');
        prose.append(TokenPass.textContent(t.getText()).trim());
      }
    }
    if (s.content.isEmpty()) {
      if (prose.length() > 0) notes.add(prose.toString());
      return;
    }
    if (isEquationNumber(s.content)) return;
    if (prose.length() > 0 && !keyword) {
      notes.add(prose + " " + sourceText(s.content));
      return;
    }
    Token introducer = s.intro.isEmpty() ? s.content.get(0) : s.intro.get(0);
    if (!keyword && !quad && !mainIsClaim && s.content.get(0).getType() != FORALL) {
      throw ParseFailure.at(introducer, "a list separated by ',' is not one formula");
    }
    List<CommonToken> tokens = s.content;
    if ((keyword || quad) && isWrapped(tokens)) tokens = tokens.subList(1, tokens.size() - 1);
    conditions.add(new Part(tokens, introducer));
  }

  static boolean isSeparator(Token t) {
    int type = t.getType();
    if (type == QUAD || type == COMMA || type == FORALL) return true;
    return type == TEXT && isProse(t);
  }

  /**
   * Words rather than a name: a keyword, several words, punctuation ({@code \text{(chain rule)}}), or a word with
   * spaces around it ({@code \text{hence }}); a name is written tight, as in {@code \text{softplus}}.
   */
  static boolean isProse(Token t) {
    String raw = TokenPass.textContent(t.getText());
    String content = raw.trim();
    if (content.isEmpty()) return false;
    return isKeyword(t) || !raw.equals(content) || !content.matches("[A-Za-z][A-Za-z0-9]*");
  }

  static boolean isKeyword(Token t) {
    String content = TokenPass.textContent(t.getText()).trim().toLowerCase(Locale.ROOT);
    return KEYWORDS.contains(content);
  }

  private static boolean isBlankText(Token t) {
    return t.getType() == TEXT && TokenPass.textContent(t.getText()).isBlank();
  }

  private static boolean isEquationNumber(List<CommonToken> content) {
    return content.size() == 3 && content.get(0).getType() == LPAREN && content.get(1).getType() == NUMBER
        && content.get(2).getType() == RPAREN;
  }

  /** Whether the first token's bracket closes at the last token: {@code (x \neq 0)}. */
  private static boolean isWrapped(List<CommonToken> content) {
    if (content.size() < 3 || content.get(0).getType() != LPAREN) return false;
    int depth = 0;
    for (int i = 0; i < content.size(); i++) {
      int type = content.get(i).getType();
      if (TokenKinds.OPENERS.contains(type)) depth++;
      if (TokenKinds.CLOSERS.contains(type)) depth--;
      if (depth == 0) return i == content.size() - 1;
    }
    return false;
  }

  private static boolean hasTopLevelRelation(List<CommonToken> content) {
    int depth = 0;
    for (CommonToken t : content) {
      int type = t.getType();
      if (depth == 0 && (TokenKinds.RELATIONS.contains(type) || type == IN || type == NOTIN || type == TO
          || type == COLON || type == PROPTO || type == SUBSET || type == SUBSETEQ)) {
        return true;
      }
      if (TokenKinds.OPENERS.contains(type)) depth++;
      if (TokenKinds.CLOSERS.contains(type)) depth--;
    }
    return false;
  }

  private static Token firstOf(Segment s) {
    return s.intro.isEmpty() ? s.content.get(0) : s.intro.get(0);
  }

  /** The tokens' text joined with single spaces, for a note. */
  private static String sourceText(List<CommonToken> tokens) {
    var b = new StringBuilder();
    for (CommonToken t : tokens) {
      if (b.length() > 0) b.append(' ');
      b.append(t.getText());
    }
    return b.toString();
  }
}
