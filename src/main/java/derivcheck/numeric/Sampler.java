package derivcheck.numeric;

/**
 * Reproducible random points for numeric checks: the same seed gives the same points on every JVM (SplitMix64,
 * implemented here, not {@code java.util} generators whose algorithms may change).
 *
 * <p>Each coordinate is drawn independently from a mixture:
 * <ul>
 *   <li>60%: uniform in [-3, 3], where the activation functions of the sheets bend;</li>
 *   <li>25%: uniform in [-10, 10], to reach the saturated tails of sigma, tanh, softplus;</li>
 *   <li>15%: uniform in magnitude in [0.001, 0.1] with a random sign, close to (but not at) 0.</li>
 * </ul>
 * Every coordinate has |x| >= 0.001 and is never an integer, so the kinks of relu, |x|, sign and H at 0 are avoided,
 * and 0.001 keeps doubles away from the cancellation that tiny arguments cause. The distribution is symmetric: the
 * kernel rejects points that violate a claim's side conditions.
 */
public final class Sampler {
  static final double MIN_MAGNITUDE = 0.001;

  /** Sizes (lengths, kernel sizes, strides) are drawn from 1 to this. */
  static final int MAX_SIZE = 12;

  private long state;
  private boolean integers;
  private boolean[] sizes = new boolean[0];

  public Sampler(long seed) {
    this.state = seed;
  }

  /**
   * This sampler, drawing one coordinate in four as an integer in [-5, 5] (0 included): for claims with floor or
   * ceiling, which jump exactly there ({@code \lceil x \rceil = \lfloor x \rfloor + 1} fails only at integers).
   */
  public Sampler withIntegers() {
    this.integers = true;
    return this;
  }

  /**
   * This sampler, drawing coordinate k as a positive integer in [1, 12] wherever {@code sizes[k]}: for unknowns that
   * are sizes (a kernel size, a stride, a number of entries), where formulas with floor and ceiling hold only there.
   */
  public Sampler withPositiveIntegers(boolean[] sizes) {
    this.sizes = sizes.clone();
    return this;
  }

  /** The next point, with {@code dims} coordinates. */
  public double[] next(int dims) {
    if (dims < 0) throw new IllegalArgumentException("negative dimension");
    double[] point = new double[dims];
    for (int k = 0; k < dims; k++) {
      point[k] = k < sizes.length && sizes[k] ? 1 + Math.floor(uniform() * MAX_SIZE) : coordinate();
    }
    return point;
  }

  private double coordinate() {
    if (integers && uniform() < 0.25) return Math.floor(uniform() * 11) - 5;
    while (true) {
      double pick = uniform();
      double x;
      if (pick < 0.60) {
        x = -3 + 6 * uniform();
      } else if (pick < 0.85) {
        x = -10 + 20 * uniform();
      } else {
        x = (MIN_MAGNITUDE + (0.1 - MIN_MAGNITUDE) * uniform()) * (uniform() < 0.5 ? -1 : 1);
      }
      if (Math.abs(x) >= MIN_MAGNITUDE && x != Math.rint(x)) return x;
    }
  }

  /** Uniform in [0, 1) with 53 random bits. */
  private double uniform() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64 (Steele, Lea, Flood 2014). */
  private long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
