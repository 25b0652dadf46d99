package derivcheck.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * High-precision numerical differentiation, independent of any symbolic differentiator: central differences of
 * order n on a symmetric stencil, whose error is a series in h^2, extrapolated by Richardson over the steps h, h/2,
 * h/4, h/8 (error O(h^8) for a smooth function). With {@code digits} = 60, h = 10^-15 and the function is evaluated
 * with n * 15 extra digits, so rounding costs nothing and the result is good to far more than 25 digits.
 *
 * <p>Two checks refuse a number that would be a guess ({@link PreciseValue.Reason#NOT_CONVERGED}):
 * <ul>
 *   <li>the last two extrapolants differ by more than 10^-(3 digits / 4) relative to max(1, |value|): the function
 *       is not smooth at the scale of h, or varies too fast (near a singularity, a kink within h of the point);</li>
 *   <li>the forward and backward one-sided differences (three Richardson levels, error O(h^3)) differ from the
 *       central value by more than 10^-(digits / 4) relative: the function has a kink exactly at the point, where a
 *       symmetric stencil alone would happily report the average of the two slopes (relu'(0) = 1/2).</li>
 * </ul>
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
    Function1 memo = memoized(f);
    memo.at(x, inner); // undefined at x itself: that reason stands (e.g. ln of a negative number)
    f = nearPoint(memo);
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
    if (change.compareTo(scale.movePointLeft((3 * digits + 3) / 4)) > 0) {
      throw new UndefinedValueException(PreciseValue.Reason.NOT_CONVERGED, "a numerical derivative of order "
          + order + " did not settle (last correction " + change.round(BigMath.context(3)) + ")");
    }
    BigDecimal sideTolerance = scale.movePointLeft(digits / 4);
    for (int side : new int[] {1, -1}) {
      BigDecimal oneSided = oneSided(f, x, order, side, step, inner, binomial);
      if (oneSided.subtract(best, mc).abs().compareTo(sideTolerance) > 0) {
        throw new UndefinedValueException(PreciseValue.Reason.NOT_CONVERGED, "the " + (side > 0 ? "right" : "left")
            + "-sided derivative of order " + order + " differs from the two-sided one: not differentiable here");
      }
    }
    return best.round(BigMath.context(prec));
  }

  /** Steps h, h/2, h/4 for the one-sided check: error O(h^3). */
  static final int ONE_SIDED_LEVELS = 3;

  /**
   * The one-sided difference (sum_k (-1)^(n-k) C(n,k) f(x + side k h)) / (side h)^n, whose error is a series in h,
   * extrapolated by Richardson over h, h/2, h/4: error O(h^3).
   */
  private static BigDecimal oneSided(Function1 f, BigDecimal x, int order, int side, int step, int inner,
      long[] binomial) {
    MathContext mc = BigMath.context(inner);
    BigDecimal[][] table = new BigDecimal[ONE_SIDED_LEVELS][];
    for (int j = 0; j < ONE_SIDED_LEVELS; j++) {
      BigDecimal h = BigDecimal.ONE.movePointLeft(step).multiply(HALF.pow(j));
      BigDecimal signedH = side > 0 ? h : h.negate();
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = 0; k <= order; k++) {
        BigDecimal weight = BigDecimal.valueOf((order - k) % 2 == 0 ? binomial[k] : -binomial[k]);
        sum = sum.add(f.at(x.add(signedH.multiply(BigDecimal.valueOf(k))), inner).multiply(weight), mc);
      }
      table[j] = new BigDecimal[j + 1];
      table[j][0] = sum.divide(signedH.pow(order), mc);
      for (int i = 1; i <= j; i++) {
        BigDecimal factor = BigDecimal.valueOf((1L << i) - 1); // 2^i - 1
        table[j][i] = table[j][i - 1].add(table[j][i - 1].subtract(table[j - 1][i - 1], mc).divide(factor, mc), mc);
      }
    }
    return table[ONE_SIDED_LEVELS - 1][ONE_SIDED_LEVELS - 1];
  }

  /** Stencils share points (x itself, x + h, x + h/2 ...): evaluate each once. Keys compare numerically. */
  private static Function1 memoized(Function1 f) {
    var cache = new java.util.TreeMap<BigDecimal, BigDecimal>();
    return (t, precision) -> cache.computeIfAbsent(t, key -> f.at(key, precision));
  }

  /**
   * A stencil point outside the function's domain while x itself is inside (ln x at x = 10^-20): the derivative
   * may well exist, we just cannot compute it this way, so it is not a domain error.
   */
  private static Function1 nearPoint(Function1 f) {
    return (t, precision) -> {
      try {
        return f.at(t, precision);
      } catch (UndefinedValueException u) {
        if (!u.reason.isDomainError()) throw u;
        throw new UndefinedValueException(PreciseValue.Reason.NOT_CONVERGED,
            "the function has no value within the differentiation step of the point (" + u.getMessage() + ")");
      }
    };
  }

  private static long[] binomialRow(int n) {
    long[] row = new long[n + 1];
    row[0] = 1;
    for (int k = 1; k <= n; k++) row[k] = row[k - 1] * (n - k + 1) / k;
    return row;
  }
}
