package derivcheck.rules;

import derivcheck.expr.Expr;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;

/** Parses LaTeX for tests, so that rule tables read like the mathematics. */
final class Tex {
  private Tex() {}

  static Expr parse(String latex) {
    try {
      return new LatexParser(ParseOptions.defaults()).parseExpr(latex);
    } catch (ParseError e) {
      throw new AssertionError("test input does not parse: " + latex + ": " + e.reason(), e);
    }
  }
}
