package derivcheck.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * High-precision numerical differentiation, independent of any symbolic differentiator: central differences of
 * order n on a symmetric stencil, whose error is a series in h^2, extrapolated by Richardson over the steps h, h/2,
 * h/4, h/8 (error O(h^8) for a smooth function). With {@code digits} = 60, h = 10^-15 and the function is evaluated
 * with n * 15 extra digits, so rounding costs nothing and the result is good to far more than 25 digits.
 *
 * <p>A derivative whose last two extrapolants differ by more than 10^-(3 digits / 4) (relative to max(1, |value|))
 * is refused as {@link PreciseValue.Reason#NOT_CONVERGED}: that is what happens at a kink (|x|, relu at 0) or near a
 * singularity, where a number would be a guess.
 */
final class NumericalDerivative {
  private NumericalDerivative() {}

  /** A function of one real variable, evaluated to a requested number of significant digits. */
  interface Function1 {
    BigDecimal at(BigDecimal t, int precision);
  }

  static final int LEVELS = 4;
  static final int MAX_ORDER = 8;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** Step exponent: h = 10^-step. */
  static int step(int digits) {
    return Math.max(4, (digits + 3) / 4);
  }

  /** The {@code order}-th derivative of {@code f} at {@code x}, to {@code prec} digits. */
  static BigDecimal derivative(Function1 f, BigDecimal x, int order, int digits, int prec) {
    if (order < 1 || order > MAX_ORDER) {
      throw new UndefinedValueException(PreciseValue.Reason.UNSUPPORTED,
          "numerical derivatives of order " + order + " (only 1 to " + MAX_ORDER + ")");
    }
    int step = step(digits);
    int integerDigits = x.signum() == 0 ? 0 : Math.max(0, BigMath.magnitude(x) + 1);
    // Dividing by h^order costs order * step digits; x + h needs the integer digits of x on top.
    int inner = prec + order * step + 10 + integerDigits;
    MathContext mc = BigMath.context(inner);
    long[] binomial = binomialRow(order);

    BigDecimal[][] table = new BigDecimal[LEVELS][];
    for (int j = 0; j < LEVELS; j++) {
      BigDecimal h = BigDecimal.ONE.movePointLeft(step).multiply(HALF.pow(j));
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = 0; k <= order; k++) {
        // Stencil points x + (order/2 - k) h, exact decimals.
        BigDecimal offset = h.multiply(BigDecimal.valueOf(order - 2L * k)).multiply(HALF);
        BigDecimal weight = BigDecimal.valueOf(k % 2 == 0 ? binomial[k] : -binomial[k]);
        sum = sum.add(f.at(x.add(offset), inner).multiply(weight), mc);
      }
      table[j] = new BigDecimal[j + 1];
      table[j][0] = sum.divide(h.pow(order), mc);
      for (int i = 1; i <= j; i++) {
        BigDecimal better = table[j][i - 1];
        BigDecimal coarser = table[j - 1][i - 1];
        BigDecimal factor = BigDecimal.valueOf((1L << (2 * i)) - 1); // 4^i - 1
        table[j][i] = better.add(better.subtract(coarser, mc).divide(factor, mc), mc);
      }
    }
    BigDecimal best = table[LEVELS - 1][LEVELS - 1];
    BigDecimal change = best.subtract(table[LEVELS - 1][LEVELS - 2], mc).abs();
    BigDecimal scale = best.abs().max(BigDecimal.ONE);
    BigDecimal tolerance = scale.movePointLeft((3 * digits + 3) / 4);
    if (change.compareTo(tolerance) > 0) {
      throw new UndefinedValueException(PreciseValue.Reason.NOT_CONVERGED, "a numerical derivative of order "
          + order + " did not settle (last correction " + change.round(BigMath.context(3)) + ")");
    }
    return best.round(BigMath.context(prec));
  }

  private static long[] binomialRow(int n) {
    long[] row = new long[n + 1];
    row[0] = 1;
    for (int k = 1; k <= n; k++) row[k] = row[k - 1] * (n - k + 1) / k;
    return row;
  }
}
