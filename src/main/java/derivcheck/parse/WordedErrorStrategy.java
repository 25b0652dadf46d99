package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.parse.antlr.LatexMathParser;
import java.util.Map;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Stops at the first syntax error and says in words what was expected, from the token before the error, the token
 * at it and the rule being parsed. Never recovers: a formula is short, and a second message after a guess would
 * mislead more than help.
 */
final class WordedErrorStrategy extends DefaultErrorStrategy {
  private static final Map<Integer, String> NEEDS_ARGUMENT = Map.of(
      CARET, "expected an exponent after '^'",
      UNDERSCORE, "expected a subscript after '_'",
      FRAC, "'\\frac' needs two arguments, as in \\frac{a}{b}",
      SQRT, "'\\sqrt' needs an argument, as in \\sqrt{x}",
      UNDERSET, "'\\underset' needs two arguments, as in \\underset{x}{\\min}",
      UNDERBRACE, "'\\underbrace' needs an argument, as in \\underbrace{x}_{\\text{note}}");

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    throw ParseFailure.at(e.getOffendingToken(), describe(recognizer, e.getOffendingToken()));
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    var e = new InputMismatchException(recognizer);
    throw ParseFailure.at(e.getOffendingToken(), describe(recognizer, e.getOffendingToken()));
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    throw ParseFailure.at(e.getOffendingToken(), describe(recognizer, e.getOffendingToken()));
  }

  @Override
  public void sync(Parser recognizer) {
    // no single-token repair: the error is reported where prediction fails
  }

  static String describe(Parser parser, Token offending) {
    Token prev = previous(parser.getInputStream(), offending);
    ParserRuleContext ctx = parser.getContext();
    String found = TokenKinds.quote(offending);
    int at = offending.getType();
    if (prev == null) {
      return TokenKinds.RELATIONS.contains(at)
          ? "a formula cannot start with " + found + " here"
          : "expected an expression, found " + found;
    }
    int before = prev.getType();
    if (TokenKinds.OPENERS.contains(before) && TokenKinds.CLOSERS.contains(at)) {
      return "nothing between '" + prev.getText() + "' and '" + offending.getText() + "'";
    }
    if (before == CARET && (at == MINUS || at == PLUS)) {
      return "a signed exponent needs braces, as in ^{-1}";
    }
    if (NEEDS_ARGUMENT.containsKey(before)) return NEEDS_ARGUMENT.get(before);
    if (before == FONT || before == ACCENT) {
      return "'" + prev.getText() + "' needs an argument, as in " + prev.getText() + "{x}";
    }
    if (before == MINMAX || before == ARGOPT) {
      return "'" + prev.getText() + "' needs arguments, as in " + prev.getText() + "(a, b), or a range, as in "
          + prev.getText() + "_{x}";
    }
    if (TokenKinds.INFIX.contains(before) || TokenKinds.OPENERS.contains(before)) {
      String after = "expected an expression after '" + prev.getText() + "'";
      return at == Token.EOF ? after : after + ", found " + found;
    }
    if (ctx instanceof FracArgContext || ctx instanceof FracContext) return NEEDS_ARGUMENT.get(FRAC);
    if (ctx instanceof SqrtArgContext) return NEEDS_ARGUMENT.get(SQRT);
    if (ctx instanceof ScriptContext || ctx instanceof ScriptBodyContext) return "expected a sub- or superscript";
    if (TokenKinds.RELATIONS.contains(at) && inside(ctx, ExprInputContext.class)) {
      return "unexpected relation " + found + ": expected a single expression";
    }
    if (at == Token.EOF) return "unexpected end of the formula after '" + prev.getText() + "'";
    if (at == COMMA) return "unexpected ',' (a list is not one formula)";
    if (at == BEGIN || at == END) return "unexpected " + found + " here";
    return "unexpected " + found + " after '" + prev.getText() + "'";
  }

  private static boolean inside(ParserRuleContext ctx, Class<?> rule) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (rule.isInstance(c)) return true;
    }
    return false;
  }

  private static Token previous(TokenStream stream, Token t) {
    for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
      Token p = stream.get(i);
      if (TokenKinds.visible(p)) return p;
    }
    return null;
  }

  /** Makes a parser over ready tokens that reports errors this way and never prints. */
  static void install(LatexMathParser parser) {
    parser.removeErrorListeners();
    parser.setErrorHandler(new WordedErrorStrategy());
  }
}
