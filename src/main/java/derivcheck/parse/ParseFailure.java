package derivcheck.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Internal unchecked carrier of a {@link ParseError} through ANTLR callbacks and the tree builder. */
final class ParseFailure extends RuntimeException {
  final int line;
  final int column;
  final String reason;

  ParseFailure(int line, int column, String reason) {
    super(reason, null, false, false);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  static ParseFailure at(Token t, String reason) {
    return new ParseFailure(t.getLine(), t.getCharPositionInLine() + 1, reason);
  }

  static ParseFailure at(ParserRuleContext ctx, String reason) {
    return at(ctx.getStart(), reason);
  }

  ParseError toError() {
    return new ParseError(line, column, reason);
  }
}
