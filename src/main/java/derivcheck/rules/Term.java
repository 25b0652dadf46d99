package derivcheck.rules;

import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.lib.Build;
import java.util.ArrayList;
import java.util.List;

/**
 * A term of a sum split into its numeric coefficient and its other factors: {@code -2 x y} is {@code (-2, [x, y])},
 * {@code \frac{1}{2} x} is {@code (1/2, [x])}, {@code 3} is {@code (3, [])}.
 */
public record Term(Rational coef, List<Expr> factors) {
  public Term {
    factors = List.copyOf(factors);
  }

  public static Term of(Expr e) {
    var factors = new ArrayList<Expr>();
    Rational c = collect(e, Rational.ONE, factors);
    return new Term(c, factors);
  }

  private static Rational collect(Expr e, Rational c, List<Expr> out) {
    var value = Rational.valueOf(e);
    if (value.isPresent()) return c.multiply(value.get());
    if (e instanceof Neg n) return collect(n.arg(), c.negate(), out);
    if (e instanceof Div d) {
      var den = Rational.valueOf(d.den());
      if (den.isPresent() && !den.get().isZero()) return collect(d.num(), c.divide(den.get()), out);
    }
    if (e instanceof Mul m) {
      for (Expr f : m.factors()) c = collect(f, c, out);
      return c;
    }
    out.add(e);
    return c;
  }

  /** The factors without the coefficient: {@code x y} for {@code -2 x y}; 1 when there are none. */
  public Expr rest() {
    return Build.mul(factors);
  }

  public boolean isNumber() {
    return factors.isEmpty();
  }

  public Term withCoef(Rational c) {
    return new Term(c, factors);
  }

  /** Back to a tree: the coefficient first, a negative coefficient as a minus sign in front. */
  public Expr toExpr() {
    if (factors.isEmpty()) return coef.toExpr();
    Rational a = coef.abs();
    var parts = new ArrayList<Expr>();
    if (!a.isOne()) parts.add(a.toExpr());
    parts.addAll(factors);
    Expr p = parts.size() == 1 ? parts.get(0) : new Mul(parts);
    return coef.signum() < 0 ? new Neg(p) : p;
  }
}
