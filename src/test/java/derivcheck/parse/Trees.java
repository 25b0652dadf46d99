package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.List;

/** Short constructors for expected trees, and parsing shortcuts that fail the test with the parser's message. */
final class Trees {
  private Trees() {}

  static final LatexParser PARSER = new LatexParser(ParseOptions.defaults());

  static Var v(String name) {
    return new Var(name);
  }

  static Num n(long value) {
    return Num.of(value);
  }

  static Add add(Expr... terms) {
    return new Add(List.of(terms));
  }

  static Mul mul(Expr... factors) {
    return new Mul(List.of(factors));
  }

  static Neg neg(Expr e) {
    return new Neg(e);
  }

  static Div div(Expr a, Expr b) {
    return new Div(a, b);
  }

  static Pow pow(Expr a, Expr b) {
    return new Pow(a, b);
  }

  static Call call(String fn, Expr... args) {
    return new Call(fn, List.of(args));
  }

  static Indexed idx(Expr base, Expr... indices) {
    return new Indexed(base, List.of(indices));
  }

  static Expr expr(String src) {
    try {
      return PARSER.parseExpr(src);
    } catch (ParseError e) {
      return fail("could not parse " + src + ": " + e.getMessage());
    }
  }

  static Chain chain(String src) {
    try {
      return PARSER.parseChain(src);
    } catch (ParseError e) {
      return fail("could not parse " + src + ": " + e.getMessage());
    }
  }

  static void same(Expr expected, String src) {
    assertEquals(expected, expr(src), src);
  }

  /** The error's "line:column: reason". */
  static String error(String src) {
    try {
      Chain c = PARSER.parseChain(src);
      return fail("expected an error for " + src + " but got " + c);
    } catch (ParseError e) {
      return e.getMessage();
    }
  }
}
