package derivcheck.check;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Builtin;

/**
 * The sign of an expression by inspection, wherever it is defined: a trusted, deliberately small rule used to prove
 * inequalities from a factored form such as {@code (1-e^x)^2 / (4 (1+e^x)^2) >= 0}.
 */
enum Sign {
  POSITIVE, NONNEGATIVE, ZERO, NONPOSITIVE, NEGATIVE, UNKNOWN;

  boolean atLeastZero() {
    return this == POSITIVE || this == NONNEGATIVE || this == ZERO;
  }

  boolean aboveZero() {
    return this == POSITIVE;
  }

  Sign negate() {
    switch (this) {
      case POSITIVE: return NEGATIVE;
      case NONNEGATIVE: return NONPOSITIVE;
      case NONPOSITIVE: return NONNEGATIVE;
      case NEGATIVE: return POSITIVE;
      default: return this;
    }
  }

  static Sign of(Expr e) {
    if (e instanceof Num n) return n.isZero() ? ZERO : (n.value().signum() > 0 ? POSITIVE : NEGATIVE);
    if (e instanceof Const c) return c.kind() == Const.Kind.INFINITY ? UNKNOWN : POSITIVE;
    if (e instanceof Neg n) return of(n.arg()).negate();
    if (e instanceof Abs) return NONNEGATIVE;
    if (e instanceof Add a) return ofSum(a);
    if (e instanceof Mul m) {
      Sign s = POSITIVE;
      for (Expr f : m.factors()) s = times(s, of(f));
      return s;
    }
    if (e instanceof Div d) {
      Sign den = of(d.den());
      // Where the quotient is defined the denominator is not 0, so a nonnegative one is positive.
      if (den == NONNEGATIVE) den = POSITIVE;
      if (den == NONPOSITIVE) den = NEGATIVE;
      return times(of(d.num()), den);
    }
    if (e instanceof Pow p) return ofPower(p);
    if (e instanceof Call c && c.primes() == 0) return ofCall(c);
    return UNKNOWN;
  }

  private static Sign ofSum(Add a) {
    boolean allNonNeg = true;
    boolean anyPos = false;
    boolean allNonPos = true;
    boolean anyNeg = false;
    for (Expr t : a.terms()) {
      Sign s = of(t);
      allNonNeg &= s.atLeastZero();
      anyPos |= s == POSITIVE;
      allNonPos &= s == NONPOSITIVE || s == NEGATIVE || s == ZERO;
      anyNeg |= s == NEGATIVE;
    }
    if (allNonNeg) return anyPos ? POSITIVE : NONNEGATIVE;
    if (allNonPos) return anyNeg ? NEGATIVE : NONPOSITIVE;
    return UNKNOWN;
  }

  private static Sign ofPower(Pow p) {
    Sign base = of(p.base());
    if (base == POSITIVE) return POSITIVE;
    if (p.exp() instanceof Num n && n.isInteger()) {
      boolean even = !n.intValue().testBit(0);
      if (even) return base == UNKNOWN || base == NONNEGATIVE || base == NONPOSITIVE ? NONNEGATIVE
          : base == ZERO ? ZERO : POSITIVE;
      return base;
    }
    if (base == NONNEGATIVE || base == ZERO) return NONNEGATIVE; // real powers of nonnegative bases
    return UNKNOWN;
  }

  private static Sign ofCall(Call c) {
    var b = Builtin.byName(c.fn());
    if (b.isEmpty() || c.args().isEmpty()) return UNKNOWN;
    Sign arg = of(c.args().get(0));
    switch (b.get()) {
      case EXP:
      case COSH:
      case SECH:
      case SIGMA:
      case SOFTPLUS:
        return POSITIVE;
      case SQRT:
      case RELU:
      case HEAVISIDE:
        return arg == POSITIVE ? POSITIVE : NONNEGATIVE;
      case TANH:
      case SINH:
      case SOFTSIGN:
      case SIGN:
      case CSCH:
      case COTH:
        return arg; // odd and of the sign of its argument
      default:
        return UNKNOWN;
    }
  }

  private static Sign times(Sign a, Sign b) {
    if (a == UNKNOWN || b == UNKNOWN) return UNKNOWN;
    if (a == ZERO || b == ZERO) return ZERO;
    boolean strict = (a == POSITIVE || a == NEGATIVE) && (b == POSITIVE || b == NEGATIVE);
    boolean negative = (a == NEGATIVE || a == NONPOSITIVE) != (b == NEGATIVE || b == NONPOSITIVE);
    if (strict) return negative ? NEGATIVE : POSITIVE;
    return negative ? NONPOSITIVE : NONNEGATIVE;
  }
}
