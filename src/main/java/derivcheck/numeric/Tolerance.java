package derivcheck.numeric;

/**
 * The double-precision accept rule: {@code a} and {@code b} are close when
 * {@code |a - b| <= atol + rtol * max(|a|, |b|)}; defaults atol = rtol = 1e-9. A non-finite value (NaN, infinity)
 * is close to nothing: the kernel treats it as "no value at this point" before comparing.
 */
public final class Tolerance {
  public static final double DEFAULT_ATOL = 1e-9;
  public static final double DEFAULT_RTOL = 1e-9;
  public static final Tolerance DEFAULT = new Tolerance(DEFAULT_ATOL, DEFAULT_RTOL);

  private final double atol;
  private final double rtol;

  public Tolerance() {
    this(DEFAULT_ATOL, DEFAULT_RTOL);
  }

  public Tolerance(double atol, double rtol) {
    if (!(atol >= 0) || !(rtol >= 0) || Double.isInfinite(atol) || Double.isInfinite(rtol)) {
      throw new IllegalArgumentException("tolerances must be finite and non-negative");
    }
    this.atol = atol;
    this.rtol = rtol;
  }

  public double atol() {
    return atol;
  }

  public double rtol() {
    return rtol;
  }

  public boolean close(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) return false;
    return Math.abs(a - b) <= atol + rtol * Math.max(Math.abs(a), Math.abs(b));
  }

  @Override
  public String toString() {
    return "|a-b| <= " + atol + " + " + rtol + " * max(|a|,|b|)";
  }
}
