package derivcheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/** Every series in BigMath against ApfloatMath (slow but independent) to full working precision. */
class BigMathTest {
  static final int PREC = 90;

  static Apfloat ap(BigDecimal x) {
    return new Apfloat(x, PREC + 40);
  }

  static BigDecimal big(Apfloat a) {
    return new BigDecimal(a.toString(true));
  }

  /** Correct significant digits of {@code actual} against {@code expected}. */
  static double digits(BigDecimal actual, BigDecimal expected) {
    BigDecimal err = actual.subtract(expected).abs();
    if (err.signum() == 0) return 1000;
    BigDecimal rel = err.divide(expected.abs(), BigMath.context(5));
    return -Math.log10(rel.doubleValue() == 0 ? Double.MIN_VALUE : rel.doubleValue());
  }

  static List<BigDecimal> arguments(long seed, double spread) {
    var r = new Random(seed);
    var out = new ArrayList<BigDecimal>();
    for (int i = 0; i < 12; i++) out.add(new BigDecimal((r.nextDouble() * 2 - 1) * spread));
    out.add(new BigDecimal("1e-20"));
    out.add(new BigDecimal("-3.7e-9"));
    return out;
  }

  void check(String name, List<BigDecimal> xs, Function<BigDecimal, BigDecimal> ours,
      Function<Apfloat, Apfloat> reference) {
    for (BigDecimal x : xs) {
      BigDecimal expected = big(reference.apply(ap(x)));
      BigDecimal actual = ours.apply(x);
      assertTrue(digits(actual, expected) >= PREC - 2,
          name + "(" + x + "): " + actual + " vs " + expected + " (" + digits(actual, expected) + " digits)");
    }
  }

  @Test
  void expMatchesApfloat() {
    var xs = arguments(1, 30);
    xs.addAll(List.of(new BigDecimal(800), new BigDecimal(-800), new BigDecimal("123456.789"), BigDecimal.ONE));
    check("exp", xs, x -> BigMath.exp(x, PREC), ApfloatMath::exp);
  }

  @Test
  void expOfArgumentsWithExtremeScalesIsQuickAndRight() {
    // A tiny x with a huge scale (the value of e^{-6 e^{16}}) must not be converted to fixed point digit by digit.
    BigDecimal tiny = new BigDecimal("7.24e-25590380");
    assertEquals(0, BigMath.exp(tiny, PREC).compareTo(BigDecimal.ONE));
    assertEquals(0, BigMath.exp(tiny.negate(), PREC).compareTo(BigDecimal.ONE));
    var xs = List.of(new BigDecimal("-745.13321910194110842"), new BigDecimal("1e-3"), new BigDecimal("-0.34657359"),
        new BigDecimal("0.34657360"), new BigDecimal("-123456.789"), new BigDecimal("2.5e-80"));
    check("exp", xs, x -> BigMath.exp(x, PREC), ApfloatMath::exp);
    assertTrue(digits(BigMath.ln2(PREC), big(ApfloatMath.log(new Apfloat(2, PREC + 40)))) >= PREC - 1);
  }

  @Test
  void lnMatchesApfloat() {
    var xs = new ArrayList<BigDecimal>();
    for (BigDecimal x : arguments(2, 50)) xs.add(x.abs());
    xs.addAll(List.of(new BigDecimal("1e-300"), new BigDecimal("7.5e250"), new BigDecimal("0.5"), BigDecimal.TEN,
        new BigDecimal("1.0000001"), new BigDecimal("0.999")));
    check("ln", xs, x -> BigMath.ln(x, PREC), ApfloatMath::log);
  }

  @Test
  void trigMatchesApfloat() {
    var xs = arguments(3, 10);
    xs.addAll(List.of(new BigDecimal("1e6"), new BigDecimal("-314159.26"), new BigDecimal("1.5707963"),
        new BigDecimal("3.14159265358979")));
    check("sin", xs, x -> BigMath.sinCos(x, PREC)[0], ApfloatMath::sin);
    check("cos", xs, x -> BigMath.sinCos(x, PREC)[1], ApfloatMath::cos);
  }

  @Test
  void hyperbolicMatchesApfloat() {
    var xs = arguments(4, 5);
    xs.addAll(List.of(new BigDecimal("0.999"), new BigDecimal("1.001"), new BigDecimal("-40")));
    check("sinh", xs, x -> BigMath.sinh(x, PREC), ApfloatMath::sinh);
    check("cosh", xs, x -> BigMath.cosh(x, PREC), ApfloatMath::cosh);
    check("tanh", xs, x -> BigMath.tanh(x, PREC), ApfloatMath::tanh);
  }

  @Test
  void powersMatchApfloat() {
    BiFunction<BigDecimal, BigDecimal, BigDecimal> pow = (x, y) -> BigMath.pow(x, y, PREC);
    for (BigDecimal x : List.of(new BigDecimal("0.37"), new BigDecimal("2.5"), new BigDecimal("1e-30"))) {
      for (BigDecimal y : List.of(new BigDecimal("0.5"), new BigDecimal("-2.25"), new BigDecimal("33.3"))) {
        BigDecimal expected = big(ApfloatMath.pow(ap(x), ap(y)));
        assertTrue(digits(pow.apply(x, y), expected) >= PREC - 2, x + "^" + y);
      }
    }
    assertEquals(0, BigMath.intPow(new BigDecimal("-1.5"), BigInteger.valueOf(3), PREC)
        .compareTo(new BigDecimal("-3.375")));
    BigDecimal big = BigMath.intPow(new BigDecimal("-1.0001"), BigInteger.valueOf(100001), PREC);
    assertTrue(digits(big, big(ApfloatMath.pow(ap(new BigDecimal("-1.0001")), 100001))) >= PREC - 2);
  }

  @Test
  void log1pKeepsRelativeDigitsForTinyArguments() {
    for (String t : List.of("0.3", "1e-5", "-3e-40", "2.5e-348", "1e-2000")) {
      BigDecimal x = new BigDecimal(t);
      // Reference: apfloat's log of the exact 1 + t, with enough digits to resolve t.
      int needed = PREC + 20 + Math.max(0, -BigMath.magnitude(x));
      BigDecimal expected = big(ApfloatMath.log(new Apfloat(BigDecimal.ONE.add(x), needed)));
      assertTrue(digits(BigMath.log1p(x, PREC), expected) >= PREC - 2, "log1p(" + t + ")");
    }
  }

  @Test
  void hugeArgumentsAreOverflowNotHangs() {
    var e = assertThrows(UndefinedValueException.class, () -> BigMath.exp(new BigDecimal("1e13"), PREC));
    assertEquals(PreciseValue.Reason.OVERFLOW, e.reason);
    assertEquals(PreciseValue.Reason.OVERFLOW,
        assertThrows(UndefinedValueException.class, () -> BigMath.exp(new BigDecimal("-7e8"), PREC)).reason);
    BigDecimal huge = BigMath.exp(new BigDecimal("6e8"), PREC); // 6e8 / ln 10 = 260576689.14: about 1.4e260576689
    assertEquals(260576689, BigMath.magnitude(huge));
    assertTrue(digits(BigMath.ln(huge, PREC), new BigDecimal("6e8")) >= PREC - 2);
    assertThrows(UndefinedValueException.class, () -> BigMath.sinCos(new BigDecimal("1e40"), PREC));
    assertEquals(BigDecimal.ONE, BigMath.tanh(new BigDecimal("1e7"), PREC));
  }
}
