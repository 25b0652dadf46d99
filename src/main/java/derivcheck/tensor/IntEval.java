package derivcheck.tensor;

import derivcheck.expr.Add;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalLong;

/** Exact integer values of expanded index and size expressions: {@code (3 - 1) \bmod 4}, {@code d - k + 1}. */
final class IntEval {
  private IntEval() {}

  static OptionalLong of(Expr e) {
    BigDecimal v = exact(e);
    if (v == null) return OptionalLong.empty();
    try {
      return OptionalLong.of(v.stripTrailingZeros().longValueExact());
    } catch (ArithmeticException notInteger) {
      return OptionalLong.empty();
    }
  }

  /** The exact rational value as a decimal, or null when {@code e} is not a constant of + - * / and integer powers. */
  static BigDecimal exact(Expr e) {
    if (e instanceof Num n) return n.value();
    if (e instanceof Neg n) {
      BigDecimal a = exact(n.arg());
      return a == null ? null : a.negate();
    }
    if (e instanceof Add a) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Expr t : a.terms()) {
        BigDecimal v = exact(t);
        if (v == null) return null;
        sum = sum.add(v);
      }
      return sum;
    }
    if (e instanceof Mul m) {
      BigDecimal p = BigDecimal.ONE;
      for (Expr f : m.factors()) {
        BigDecimal v = exact(f);
        if (v == null) return null;
        p = p.multiply(v);
      }
      return p;
    }
    if (e instanceof Div d) {
      BigDecimal a = exact(d.num());
      BigDecimal b = exact(d.den());
      if (a == null || b == null || b.signum() == 0) return null;
      try {
        return a.divide(b);
      } catch (ArithmeticException nonTerminating) {
        return a.divide(b, MathContext.DECIMAL64).setScale(30, java.math.RoundingMode.HALF_EVEN).add(
            new BigDecimal("1e-40")); // never an integer: marks the value as a non-integer fraction
      }
    }
    if (e instanceof Pow p && p.exp() instanceof Num n && n.isInteger() && n.value().signum() >= 0
        && n.value().compareTo(BigDecimal.valueOf(64)) <= 0) {
      BigDecimal b = exact(p.base());
      return b == null ? null : b.pow(n.value().intValue());
    }
    return null;
  }
}
