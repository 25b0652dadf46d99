package derivcheck.numeric;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Short builders for test trees. */
final class Trees {
  private Trees() {}

  static final Var X = new Var("x");
  static final Var Y = new Var("y");
  static final List<Expr> XS = List.of(X);
  static final List<Expr> XY = List.of(X, Y);

  static Num num(String v) {
    return Num.parse(v);
  }

  static Num num(long v) {
    return Num.of(v);
  }

  static Expr call(String fn, Expr... args) {
    return Call.of(fn, args);
  }

  static Expr primed(String fn, int primes, Expr arg) {
    return new Call(fn, primes, List.of(arg));
  }

  static Expr add(Expr... t) {
    return Add.of(t);
  }

  static Expr sub(Expr a, Expr b) {
    return Add.of(a, new Neg(b));
  }

  static Expr mul(Expr... f) {
    return Mul.of(f);
  }

  static Expr div(Expr a, Expr b) {
    return new Div(a, b);
  }

  static Expr pow(Expr a, Expr b) {
    return new Pow(a, b);
  }

  static Expr neg(Expr a) {
    return new Neg(a);
  }

  static Map<Expr, BigDecimal> at(double x) {
    return Map.of(X, new BigDecimal(x));
  }

  static Map<Expr, BigDecimal> at(String x) {
    return Map.of(X, new BigDecimal(x));
  }

  static double eval(Expr e, double x) throws UnsupportedExpressionException {
    return DoubleCompiler.compile(e, XS).eval(new double[] {x});
  }

  static BigDecimal value(PreciseValue v) {
    if (!(v instanceof PreciseValue.Finite f)) throw new AssertionError("expected a finite value, got " + v);
    return f.value();
  }
}
