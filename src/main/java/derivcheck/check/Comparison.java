package derivcheck.check;

import derivcheck.expr.Relation;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * When a relation holds between two evaluated sides. In double precision the rule is
 * {@code |a-b| <= atol + rtol*max(|a|,|b|)}; a mismatch there is never trusted, it only sends the point to the
 * high-precision check, whose much tighter rule decides.
 */
final class Comparison {
  static final double ATOL = 1e-9;
  static final double RTOL = 1e-9;
  /** Relative tolerance at high precision (values carry about 60 digits). */
  static final BigDecimal PRECISE_TOL = new BigDecimal("1e-30");
  /** {@code \approx} between constants: agreement to about two significant digits. */
  static final double APPROX_RTOL = 1e-2;

  private Comparison() {}

  static double scale(double a, double b) {
    return Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * Whether the relation clearly holds in double precision. Equality gets the tolerance; an inequality must hold
   * outright, so a violation hidden in rounding (or a strict inequality met with equality) goes to the
   * high-precision check instead of passing.
   */
  static boolean holds(Relation r, double a, double b) {
    double tol = ATOL + RTOL * scale(a, b);
    switch (r) {
      case EQ: return Math.abs(a - b) <= tol;
      case APPROX: return Math.abs(a - b) <= APPROX_RTOL * Math.max(1e-3, scale(a, b));
      case LE: return a <= b;
      case GE: return a >= b;
      case LT: return a < b;
      case GT: return a > b;
      default: throw new IllegalArgumentException("not a checkable relation: " + r);
    }
  }

  /**
   * Digits of a difference of high-precision values. Rounded, never exact: an exact {@code a - b} aligns both
   * scales, and for 10^{-10^7} (e^{-6 e^{16}} is such a value) against 0.5 that is a ten-million-digit integer.
   * Rounding to this many digits keeps the sign and any comparison with the tolerances.
   */
  private static final MathContext DIFFERENCE = new MathContext(150);

  /** {@code a - b} rounded to {@link #DIFFERENCE}: its sign is exact, its size good to 150 digits. */
  static BigDecimal difference(BigDecimal a, BigDecimal b) {
    return a.subtract(b, DIFFERENCE);
  }

  /** Whether two high-precision values are too close for 60 digits to tell apart. */
  static boolean withinTolerance(BigDecimal a, BigDecimal b) {
    BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
    return difference(a, b).abs().compareTo(PRECISE_TOL.multiply(scale)) <= 0;
  }

  /** The rule at high precision for values that differ by more than the tolerance (else see NumericCheck). */
  static boolean holds(Relation r, BigDecimal a, BigDecimal b) {
    BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
    BigDecimal tol = PRECISE_TOL.multiply(scale);
    BigDecimal diff = difference(a, b);
    switch (r) {
      case EQ: return diff.abs().compareTo(tol) <= 0;
      case APPROX:
        return diff.abs().compareTo(
            BigDecimal.valueOf(APPROX_RTOL).multiply(a.abs().max(b.abs()).max(new BigDecimal("1e-3")))) <= 0;
      case LE: return diff.compareTo(tol) <= 0;
      case GE: return diff.negate().compareTo(tol) <= 0;
      case LT: return diff.negate().compareTo(tol) > 0;
      case GT: return diff.compareTo(tol) > 0;
      default: throw new IllegalArgumentException("not a checkable relation: " + r);
    }
  }

  static double relativeError(double a, double b) {
    return Math.abs(a - b) / Math.max(1.0, scale(a, b));
  }

  /** A value with all the digits that were computed reliably (55 significant digits). */
  static String displayAll(BigDecimal v) {
    return v.round(new MathContext(55)).stripTrailingZeros().toString();
  }

  /** A value for people: ten significant digits. */
  static String display(BigDecimal v) {
    BigDecimal r = v.round(new MathContext(10)).stripTrailingZeros();
    if (r.scale() < 0 && r.precision() - r.scale() <= 12) r = r.setScale(0);
    String s = r.toString();
    return s.equals("-0") ? "0" : s;
  }
}
