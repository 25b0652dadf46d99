package derivcheck.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.ApfloatMath;

/**
 * Elementary functions on {@link BigDecimal} to a requested number of significant digits, by Taylor series with
 * argument reduction and guard digits. Arguments are assumed to be in the function's domain; callers check.
 *
 * <p>Why not {@code ApfloatMath.exp/sin/log}: at 80 to 200 digits they cost 1 to 10 ms per call (they are built for
 * millions of digits), and a numerical derivative needs dozens of evaluations; these series cost about 0.1 ms. The
 * tests check every function here against {@code ApfloatMath} to full precision. π comes from apfloat.
 */
final class BigMath {
  private BigMath() {}

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** Beyond this magnitude, e^x is not computed (its exponent alone has about 4e11 digits). */
  private static final int MAX_EXP_MAGNITUDE = 12;
  /** Beyond this magnitude, sin and cos are not computed (argument reduction would need too many digits of π). */
  private static final int MAX_TRIG_MAGNITUDE = 30;

  static MathContext context(int digits) {
    return new MathContext(digits, RoundingMode.HALF_EVEN);
  }

  /** floor(log10 |v|) for v != 0: v = d.ddd * 10^magnitude. */
  static int magnitude(BigDecimal v) {
    return v.precision() - v.scale() - 1;
  }

  static boolean isInteger(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** Largest |k| in e^x = 2^k e^r: BigDecimal.pow takes exponents below 10^9, and the working bits come on top. */
  private static final long MAX_TWO_EXPONENT = 999_000_000L;
  /** log2(10): bits per decimal digit. */
  private static final double BITS_PER_DIGIT = 3.321928094887362;

  /**
   * e^x, reduced twice: x = k ln 2 + r with |r| <= 0.35 (so e^x = 2^k e^r), then r / 2^m, whose Taylor series is
   * summed in binary fixed point (a BigInteger scaled by 2^W, far cheaper than rounding BigDecimals to a
   * MathContext after every operation) and squared m times.
   */
  static BigDecimal exp(BigDecimal x, int prec) {
    if (x.signum() == 0) return BigDecimal.ONE;
    int mx = magnitude(x);
    if (mx >= MAX_EXP_MAGNITUDE) {
      throw new UndefinedValueException(PreciseValue.Reason.OVERFLOW, "e^x with |x| >= 10^" + MAX_EXP_MAGNITUDE);
    }
    // e^x = 1 + x (1 + x/2 + ...): below 10^-(prec + 2) the rest is beyond the last digit (and x may have a huge
    // scale, which the fixed-point conversion below would have to divide out).
    if (mx < -prec - 2) return BigDecimal.ONE.add(x, context(prec));
    long k = mx < -3 ? 0 : Math.round(roughly(x) / Math.log(2));
    if (Math.abs(k) >= MAX_TWO_EXPONENT) { // BigDecimal.pow takes exponents below 10^9
      throw new UndefinedValueException(PreciseValue.Reason.OVERFLOW, "e^x with |x| beyond 6.9e8");
    }
    int kDigits = k == 0 ? 0 : Long.toString(Math.abs(k)).length();
    // r's absolute error is e^x's relative error; k ln 2 has kDigits digits before the point.
    int wp = prec + 10;
    BigDecimal r = k == 0 ? x : x.subtract(ln2(wp + kDigits).multiply(BigDecimal.valueOf(k)), context(wp + kDigits));
    int bits = (int) Math.ceil(wp * BITS_PER_DIGIT);
    int m = Math.max(4, (int) Math.sqrt(bits) / 2);
    int w = bits + m + 16; // each squaring doubles the relative error: m bits, plus the series' own rounding
    BigInteger reduced = toFixed(r, w).shiftRight(m); // r / 2^m with |r / 2^m| < 2^-m
    BigInteger one = BigInteger.ONE.shiftLeft(w);
    BigInteger sum = one;
    BigInteger term = one;
    for (int i = 1; ; i++) {
      term = term.multiply(reduced).shiftRight(w).divide(BigInteger.valueOf(i));
      if (term.signum() == 0) break;
      sum = sum.add(term);
    }
    for (int i = 0; i < m; i++) sum = sum.multiply(sum).shiftRight(w);
    return timesPowerOfTwo(sum, k - w, prec);
  }

  /** v to about 18 digits, for |v| >= 10^-3 (BigDecimal.doubleValue goes through a decimal string). */
  private static double roughly(BigDecimal v) {
    BigDecimal r = v.round(context(18));
    return r.unscaledValue().longValueExact() * Math.pow(10, -r.scale());
  }

  /** 10^s for the scales exp's conversion to decimal meets (about the working precisions in use). */
  private static final java.util.concurrent.ConcurrentHashMap<Integer, BigInteger> TEN_POWERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** round(v * 2^w) for |v| < 2^30. */
  private static BigInteger toFixed(BigDecimal v, int w) {
    BigDecimal scaled = new BigDecimal(v.unscaledValue().shiftLeft(w), v.scale());
    return scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
  }

  /** v * 2^n rounded to prec digits, for a positive integer v of about the working precision. */
  private static BigDecimal timesPowerOfTwo(BigInteger v, long n, int prec) {
    if (n >= 0 && n <= 4096) return new BigDecimal(v.shiftLeft((int) n)).round(context(prec));
    if (n < 0 && n >= -4096) {
      int j = (int) -n;
      // v 2^-j has about (bits of v - j) log10(2) digits before the point: scale by 10^s to keep prec + 3 or more,
      // and divide by 2^j with a shift (the floor costs under one unit in the last of those digits).
      int before = (int) Math.floor((v.bitLength() - j) * 0.3010299956639812) + 1;
      int s = prec + 3 - before;
      if (s >= 0) {
        BigInteger ten = TEN_POWERS.computeIfAbsent(s, BigInteger.TEN::pow);
        return new BigDecimal(v.multiply(ten).shiftRight(j), s).round(context(prec));
      }
      // 2^-j = 5^j / 10^j exactly.
      return new BigDecimal(v.multiply(BigInteger.valueOf(5).pow(j)), j).round(context(prec));
    }
    MathContext mc = context(prec + 10);
    return new BigDecimal(v).multiply(TWO.pow((int) n, mc), mc).round(context(prec));
  }

  private static volatile Cached ln2Cache = new Cached(0, BigDecimal.ZERO);

  /** ln 2 = 2 atanh(1/3) = sum 2 / ((2i + 1) 3^{2i+1}), in fixed point; cached. */
  static BigDecimal ln2(int prec) {
    Cached c = ln2Cache;
    if (c.digits < prec) {
      int digits = prec + 20;
      int w = (int) Math.ceil((digits + 10) * BITS_PER_DIGIT);
      BigInteger power = BigInteger.ONE.shiftLeft(w + 1).divide(BigInteger.valueOf(3)); // 2 / 3 in fixed point
      BigInteger sum = BigInteger.ZERO;
      BigInteger nine = BigInteger.valueOf(9);
      for (long i = 0; power.signum() != 0; i++) {
        sum = sum.add(power.divide(BigInteger.valueOf(2 * i + 1)));
        power = power.divide(nine);
      }
      c = new Cached(digits, timesPowerOfTwo(sum, -w, digits));
      ln2Cache = c;
    }
    return c.value.round(context(prec));
  }

  /** Natural log of x > 0. */
  static BigDecimal ln(BigDecimal x, int prec) {
    if (x.compareTo(BigDecimal.ONE) == 0) return BigDecimal.ZERO;
    int wp = prec + 10;
    if (x.compareTo(new BigDecimal("0.5")) >= 0 && x.compareTo(TWO) <= 0) return halleyLog(x, wp).round(context(prec));
    // x = f * 10^e with f in [1, 10): ln x = ln f + e ln 10.
    int e = magnitude(x);
    int extra = Integer.toString(Math.abs(e)).length();
    BigDecimal f = x.movePointLeft(e);
    BigDecimal sum = halleyLog(f, wp + extra).add(ln10(wp + extra).multiply(BigDecimal.valueOf(e)), context(wp));
    return sum.round(context(prec));
  }

  /** ln(1 + t) for t > -1, accurate in relative terms even when |t| is tiny. */
  static BigDecimal log1p(BigDecimal t, int prec) {
    if (t.signum() == 0) return BigDecimal.ZERO;
    int mt = magnitude(t);
    if (mt < -prec - 2) {
      // ln(1+t) = t - t^2/2 + ...: t (1 - t/2) has relative error below t^2 < 10^{-2 prec}.
      return t.multiply(BigDecimal.ONE.subtract(t.divide(TWO)), context(prec));
    }
    // 1 + t is exact; the log's absolute error must be small relative to |t|, hence the extra digits.
    int extra = Math.max(0, -mt);
    return ln(BigDecimal.ONE.add(t), prec + extra + 5).round(context(prec));
  }

  /** ln f for f of moderate size by Halley's iteration y += 2 (f - e^y) / (f + e^y), digits tripling each step. */
  private static BigDecimal halleyLog(BigDecimal f, int wp) {
    BigDecimal y = new BigDecimal(Math.log(f.doubleValue()));
    for (int p : tripling(wp)) {
      MathContext mc = context(p + 5);
      BigDecimal e = exp(y, p + 5);
      y = y.add(TWO.multiply(f.subtract(e, mc)).divide(f.add(e, mc), mc), mc);
    }
    return y;
  }

  /** Working precisions for an iteration that triples correct digits from a double start (15 digits) up to wp. */
  private static int[] tripling(int wp) {
    var steps = new java.util.ArrayList<Integer>();
    for (int accurate = 15; ; ) {
      accurate = Math.min(wp, 3 * accurate - 5);
      steps.add(accurate);
      if (accurate >= wp) break;
    }
    steps.add(wp); // one more step at full precision absorbs rounding and a poor start (f near 1)
    return steps.stream().mapToInt(Integer::intValue).toArray();
  }

  private record Cached(int digits, BigDecimal value) {}

  private static volatile Cached ln10Cache = new Cached(0, BigDecimal.ZERO);
  private static volatile Cached piCache = new Cached(0, BigDecimal.ZERO);

  static BigDecimal ln10(int prec) {
    Cached c = ln10Cache;
    if (c.digits < prec) {
      c = new Cached(prec + 20, halleyLog(BigDecimal.TEN, prec + 30).round(context(prec + 20)));
      ln10Cache = c;
    }
    return c.value.round(context(prec));
  }

  static BigDecimal pi(int prec) {
    Cached c = piCache;
    if (c.digits < prec) {
      c = new Cached(prec + 20, new BigDecimal(ApfloatMath.pi(prec + 20).toString(true)));
      piCache = c;
    }
    return c.value.round(context(prec));
  }

  /** {sin x, cos x}: x reduced by a multiple of π/2 to |r| <= π/4, then Taylor series of r. */
  static BigDecimal[] sinCos(BigDecimal x, int prec) {
    if (x.signum() == 0) return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
    int mx = magnitude(x);
    if (mx >= MAX_TRIG_MAGNITUDE) {
      throw new UndefinedValueException(PreciseValue.Reason.OVERFLOW,
          "sin/cos of an argument beyond 10^" + MAX_TRIG_MAGNITUDE);
    }
    int wp = prec + 10 + Math.max(0, mx + 1);
    BigInteger k = x.divide(pi(wp).divide(TWO), context(Math.max(0, mx + 1) + 10))
        .setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    BigDecimal r = reduce(x, k, wp);
    if (r.signum() != 0 && magnitude(r) < -1) {
      // x is close to a multiple of pi/2: the reduction cancelled digits; x is exact, so redo it with more.
      wp += Math.min(-magnitude(r), 10 * prec);
      r = reduce(x, k, wp);
    }
    MathContext mc = context(wp);
    BigDecimal s = sinSeries(r, mc);
    BigDecimal c = cosSeries(r, mc);
    MathContext out = context(prec);
    switch (k.mod(BigInteger.valueOf(4)).intValue()) {
      case 0: return new BigDecimal[] {s.round(out), c.round(out)};
      case 1: return new BigDecimal[] {c.round(out), s.negate().round(out)};
      case 2: return new BigDecimal[] {s.negate().round(out), c.negate().round(out)};
      default: return new BigDecimal[] {c.negate().round(out), s.round(out)};
    }
  }

  private static BigDecimal reduce(BigDecimal x, BigInteger k, int wp) {
    MathContext mc = context(wp);
    return x.subtract(pi(wp).divide(TWO, mc).multiply(new BigDecimal(k), mc), mc);
  }

  private static BigDecimal sinSeries(BigDecimal r, MathContext mc) {
    if (r.signum() == 0) return BigDecimal.ZERO;
    BigDecimal r2 = r.multiply(r, mc);
    BigDecimal term = r;
    BigDecimal sum = r;
    for (long i = 1; ; i++) {
      term = term.multiply(r2, mc).divide(BigDecimal.valueOf((2 * i) * (2 * i + 1)), mc).negate();
      sum = sum.add(term, mc);
      if (term.signum() == 0 || magnitude(term) < magnitude(sum) - mc.getPrecision() - 1) return sum;
    }
  }

  private static BigDecimal cosSeries(BigDecimal r, MathContext mc) {
    BigDecimal r2 = r.multiply(r, mc);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (long i = 1; ; i++) {
      if (r2.signum() == 0) return sum;
      term = term.multiply(r2, mc).divide(BigDecimal.valueOf((2 * i - 1) * (2 * i)), mc).negate();
      sum = sum.add(term, mc);
      if (term.signum() == 0 || magnitude(term) < -mc.getPrecision() - 2) return sum; // cos r >= 0.7
    }
  }

  /** sinh x: Taylor series for |x| < 1 (no cancellation), (e^x - e^{-x}) / 2 otherwise. */
  static BigDecimal sinh(BigDecimal x, int prec) {
    if (x.signum() == 0) return BigDecimal.ZERO;
    MathContext mc = context(prec + 5);
    if (x.abs().compareTo(BigDecimal.ONE) < 0) {
      BigDecimal x2 = x.multiply(x, mc);
      BigDecimal term = x;
      BigDecimal sum = x;
      for (long i = 1; ; i++) {
        term = term.multiply(x2, mc).divide(BigDecimal.valueOf((2 * i) * (2 * i + 1)), mc);
        sum = sum.add(term, mc);
        if (magnitude(term) < magnitude(sum) - prec - 7) return sum.round(context(prec));
      }
    }
    BigDecimal e = exp(x, prec + 5);
    return e.subtract(BigDecimal.ONE.divide(e, mc), mc).divide(TWO, context(prec));
  }

  static BigDecimal cosh(BigDecimal x, int prec) {
    MathContext mc = context(prec + 5);
    BigDecimal e = exp(x.abs(), prec + 5);
    return e.add(BigDecimal.ONE.divide(e, mc), mc).divide(TWO, context(prec));
  }

  /** tanh x; for |x| >= 10^6 it is +-1 (the difference, e^{-2*10^6}, is far below any working precision). */
  static BigDecimal tanh(BigDecimal x, int prec) {
    if (x.signum() == 0) return BigDecimal.ZERO;
    if (magnitude(x) >= 6) return BigDecimal.valueOf(x.signum());
    MathContext mc = context(prec + 5);
    if (x.abs().compareTo(BigDecimal.ONE) < 0) {
      return sinh(x, prec + 5).divide(cosh(x, prec + 5), context(prec));
    }
    BigDecimal t = exp(x.abs().multiply(TWO).negate(), prec + 5);
    BigDecimal r = BigDecimal.ONE.subtract(t, mc).divide(BigDecimal.ONE.add(t, mc), context(prec));
    return x.signum() < 0 ? r.negate() : r;
  }

  static BigDecimal sqrt(BigDecimal x, int prec) {
    return x.sqrt(context(prec));
  }

  /** x^y for x > 0 and any y, as e^{y ln x} with enough digits in the exponent. */
  static BigDecimal pow(BigDecimal x, BigDecimal y, int prec) {
    if (y.signum() == 0) return BigDecimal.ONE;
    int my = Math.max(0, magnitude(y) + 1);
    int mlog = Integer.toString(Math.abs(magnitude(x)) * 3 + 3).length(); // digits of |ln x| before the point
    int wp = prec + 10 + my + mlog;
    return exp(y.multiply(ln(x, wp), context(wp)), prec);
  }

  /** x^n for an integer n, by multiplication for moderate n; 0^0 = 1, 0^{-n} is a division by zero. */
  static BigDecimal intPow(BigDecimal x, BigInteger n, int prec) {
    if (n.signum() == 0) return BigDecimal.ONE;
    if (x.signum() == 0) {
      if (n.signum() > 0) return BigDecimal.ZERO;
      throw new UndefinedValueException(PreciseValue.Reason.DIVISION_BY_ZERO, "0 to a negative power");
    }
    BigInteger abs = n.abs();
    if (abs.compareTo(BigInteger.valueOf(9999)) <= 0) {
      BigDecimal p = x.pow(abs.intValue(), context(prec + 10));
      return n.signum() > 0 ? p.round(context(prec)) : BigDecimal.ONE.divide(p, context(prec));
    }
    BigDecimal magnitudePower = pow(x.abs(), new BigDecimal(n), prec);
    return x.signum() < 0 && n.testBit(0) ? magnitudePower.negate() : magnitudePower;
  }
}
