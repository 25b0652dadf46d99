package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Groups of token types the passes and the error messages reason about. */
final class TokenKinds {
  private TokenKinds() {}

  static final Set<Integer> OPENERS = Set.of(
      LPAREN, LBRACK, LBRACE, LCURLY, ABS_OPEN, NORM_OPEN, LANGLE, LFLOOR, LCEIL, BEGIN);
  static final Set<Integer> CLOSERS = Set.of(
      RPAREN, RBRACK, RBRACE, RCURLY, ABS_CLOSE, NORM_CLOSE, RANGLE, RFLOOR, RCEIL, END);
  static final Set<Integer> RELATIONS = Set.of(EQ, NEQ, LT, LE, GT, GE, APPROX, DEFINES);
  /** Tokens after which an expression must follow. */
  static final Set<Integer> INFIX = Set.of(
      PLUS, MINUS, CDOT, TIMES, SLASH, STAR, FULL_STAR, CIRCLED_STAR, CIRC, BMOD, ODOT, OTIMES, GETS, COLON, IN, NOTIN, SUBSET, SUBSETEQ, TO,
      MAPSTO, PROPTO, FORALL, COMMA, AMP, ROWSEP, EQ, NEQ, LT, LE, GT, GE, APPROX, DEFINES);
  /** Tokens that end an operand, so that a following '|' closes rather than opens. */
  static final Set<Integer> OPERAND_ENDS = Set.of(
      NUMBER, LETTER, CMD, TEXT, RPAREN, RBRACK, RBRACE, RCURLY, ABS_CLOSE, NORM_CLOSE, RANGLE, RFLOOR, RCEIL,
      PRIME, DOTS, END, TOP);

  static boolean visible(Token t) {
    return t.getChannel() == Token.DEFAULT_CHANNEL;
  }

  /** How a token reads in a message: {@code '+'}, or {@code the end of the formula}. */
  static String quote(Token t) {
    return t.getType() == Token.EOF ? "the end of the formula" : "'" + t.getText() + "'";
  }
}
