package derivcheck.numeric;

/**
 * Double implementations of the builtins whose textbook formula is unstable or has a convention at a point. They
 * agree with the definitions in {@code lib.Builtin} and with {@link PreciseFunctions}.
 */
final class DoubleFunctions {
  private DoubleFunctions() {}

  /** 1 / (1 + e^{-x}), written so that neither tail overflows: sigma(-800) is about 3.7e-348 rounded to 0, not NaN. */
  static double sigma(double x) {
    if (x >= 0) return 1 / (1 + Math.exp(-x));
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** ln(1 + e^x) = max(x, 0) + ln(1 + e^{-|x|}): exact-ish for both tails (softplus(800) = 800). */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /** Natural logarithm; NaN (not -infinity) at 0, since ln 0 is undefined. */
  static double ln(double x) {
    return x > 0 ? Math.log(x) : Double.NaN;
  }

  static double relu(double x) {
    return Math.max(0.0, x);
  }

  /** Heaviside step with H(0) = 1/2. */
  static double heaviside(double x) {
    if (x > 0) return 1;
    if (x < 0) return 0;
    return x == 0 ? 0.5 : Double.NaN;
  }

  /** x / (1 + |x|), with its limits +-1 at +-infinity. */
  static double softsign(double x) {
    return Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x));
  }

  /** x^n for an integer n by repeated multiplication (no exp/log round trip); 0^0 = 1, 0^{-n} = infinity. */
  static double intPow(double x, int n) {
    double result = 1;
    for (int i = Math.abs(n); i > 0; i--) result *= x;
    return n < 0 ? 1 / result : result;
  }

  /**
   * Real power: a negative base with a non-integer exponent is NaN (also Java's rule); a negative base with an
   * integer exponent is real. 0^0 = 1. Unlike {@link Math#pow}, NaN^0 is NaN: an undefined base stays undefined.
   */
  static double pow(double base, double exponent) {
    return Double.isNaN(base) ? Double.NaN : Math.pow(base, exponent);
  }
}
