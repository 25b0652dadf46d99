package derivcheck.numeric;

import static derivcheck.numeric.Trees.X;
import static derivcheck.numeric.Trees.Y;
import static derivcheck.numeric.Trees.add;
import static derivcheck.numeric.Trees.at;
import static derivcheck.numeric.Trees.call;
import static derivcheck.numeric.Trees.div;
import static derivcheck.numeric.Trees.mul;
import static derivcheck.numeric.Trees.neg;
import static derivcheck.numeric.Trees.num;
import static derivcheck.numeric.Trees.pow;
import static derivcheck.numeric.Trees.sub;
import static derivcheck.numeric.Trees.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Abs;
import derivcheck.expr.BigOp;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import derivcheck.numeric.PreciseValue.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

class PreciseEvaluatorTest {
  static final PreciseEvaluator P = new PreciseEvaluator();

  /** Reference values from ApfloatMath at 120 digits, independent of BigMath. */
  static BigDecimal ref(String x, Function<Apfloat, Apfloat> f) {
    return new BigDecimal(f.apply(new Apfloat(new BigDecimal(x), 120)).toString(true));
  }

  static Apfloat one() {
    return new Apfloat(1, 120);
  }

  static Apfloat sigma(Apfloat x) {
    return one().divide(one().add(ApfloatMath.exp(x.negate())));
  }

  static double digits(BigDecimal actual, BigDecimal expected) {
    return BigMathTest.digits(actual, expected);
  }

  static void accurate(BigDecimal expected, PreciseValue actual, double minDigits) {
    double d = digits(value(actual), expected);
    assertTrue(d >= minDigits, "got " + actual + " expected " + expected + " (" + d + " digits)");
  }

  @Test
  void everyBuiltinAtAKnownValue() {
    accurate(ref("0.3", ApfloatMath::exp), P.eval(call("\\exp", X), at("0.3")), 59);
    accurate(ref("2.5", ApfloatMath::log), P.eval(call("\\log", X), at("2.5")), 59);
    accurate(ref("1.1", ApfloatMath::sin), P.eval(call("\\sin", X), at("1.1")), 59);
    accurate(ref("1.1", ApfloatMath::cos), P.eval(call("\\cos", X), at("1.1")), 59);
    accurate(ref("1.1", ApfloatMath::tan), P.eval(call("\\tan", X), at("1.1")), 59);
    accurate(ref("1.1", ApfloatMath::sinh), P.eval(call("\\sinh", X), at("1.1")), 59);
    accurate(ref("1.1", ApfloatMath::cosh), P.eval(call("\\cosh", X), at("1.1")), 59);
    accurate(ref("-1.1", ApfloatMath::tanh), P.eval(call("\\tanh", X), at("-1.1")), 59);
    accurate(ref("2", ApfloatMath::sqrt), P.eval(call("\\sqrt", X), at("2")), 59);
    accurate(ref("0.5", PreciseEvaluatorTest::sigma), P.eval(call("\\sigma", X), at("0.5")), 59);
    accurate(ref("0.5", x -> ApfloatMath.log(one().add(ApfloatMath.exp(x)))),
        P.eval(call("\\operatorname{softplus}", X), at("0.5")), 59);
    assertEquals(0, new BigDecimal("-1").compareTo(value(P.eval(call("\\operatorname{sign}", X), at("-0.2")))));
    assertEquals(0, BigDecimal.ZERO.compareTo(value(P.eval(call("\\operatorname{sign}", X), at("0")))));
    assertEquals(0, new BigDecimal("0.7").compareTo(value(P.eval(call("\\operatorname{relu}", X), at("0.7")))));
    assertEquals(0, BigDecimal.ZERO.compareTo(value(P.eval(call("\\operatorname{relu}", X), at("-0.7")))));
    assertEquals(0, new BigDecimal("0.5").compareTo(value(P.eval(call("H", X), at("0")))));
    assertEquals(0, BigDecimal.ONE.compareTo(value(P.eval(call("H", X), at("0.1")))));
    assertEquals(0, BigDecimal.ZERO.compareTo(value(P.eval(call("H", X), at("-0.1")))));
    accurate(new BigDecimal("0.5").divide(new BigDecimal("1.5"), BigMath.context(80)),
        P.eval(call("\\operatorname{softsign}", X), at("0.5")), 59);
    Map<Expr, BigDecimal> xy = Map.of(X, new BigDecimal("-1"), Y, new BigDecimal("2.5"));
    assertEquals(0, new BigDecimal("2.5").compareTo(value(P.eval(call("\\max", X, Y, num(1)), xy))));
    assertEquals(0, new BigDecimal("-1").compareTo(value(P.eval(call("\\min", X, Y, num(1)), xy))));
  }

  @Test
  void tailsKeepTheirDigits() {
    accurate(ref("-800", PreciseEvaluatorTest::sigma), P.eval(call("\\sigma", X), at("-800")), 59);
    accurate(ref("800", PreciseEvaluatorTest::sigma), P.eval(call("\\sigma", X), at("800")), 59);
    // softplus(800) = 800 + ln(1 + e^-800); softplus(-800) = ln(1 + e^-800) = e^-800 (1 - e^-800 / 2 ...).
    BigDecimal tiny = ref("-800", ApfloatMath::exp);
    accurate(new BigDecimal(800).add(tiny), P.eval(call("\\operatorname{softplus}", X), at("800")), 59);
    accurate(tiny, P.eval(call("\\operatorname{softplus}", X), at("-800")), 59);
    assertTrue(value(P.eval(call("\\operatorname{softplus}", X), at("-800"))).compareTo(new BigDecimal("1e-348")) > 0);
  }

  @Test
  void undefinedValuesSayWhy() {
    assertReason(Reason.LOG_OF_NON_POSITIVE, P.eval(call("\\ln", X), at("0")));
    assertReason(Reason.LOG_OF_NON_POSITIVE, P.eval(call("\\ln", X), at("-2")));
    assertReason(Reason.SQRT_OF_NEGATIVE, P.eval(call("\\sqrt", X), at("-1")));
    assertReason(Reason.DIVISION_BY_ZERO, P.eval(div(num(1), X), at("0")));
    assertReason(Reason.DIVISION_BY_ZERO, P.eval(pow(X, neg(num(2))), at("0")));
    assertReason(Reason.NON_REAL_POWER, P.eval(pow(X, num("0.5")), at("-4")));
    assertReason(Reason.NON_REAL_POWER, P.eval(pow(X, div(num(1), num(3))), at("-8")));
    assertReason(Reason.INFINITE, P.eval(add(X, Const.INFINITY), at("1")));
    assertReason(Reason.OVERFLOW, P.eval(call("\\exp", X), at("1e13")));
    assertReason(Reason.UNSUPPORTED, P.eval(call("f", X), at("1")));
    assertReason(Reason.UNSUPPORTED, P.eval(add(X, Y), at("1")));
    assertTrue(Reason.LOG_OF_NON_POSITIVE.isDomainError());
    assertFalse(Reason.PRECISION_LOSS.isDomainError());
  }

  static void assertReason(Reason expected, PreciseValue v) {
    assertTrue(v instanceof PreciseValue.Undefined u && u.reason() == expected, "expected " + expected + ", got " + v);
  }

  @Test
  void powersFollowRealSemantics() {
    assertEquals(0, new BigDecimal("-8").compareTo(value(P.eval(pow(X, num(3)), at("-2")))));
    assertEquals(0, new BigDecimal("0.25").compareTo(value(P.eval(pow(X, neg(num(2))), at("-2")))));
    assertEquals(0, new BigDecimal("-8").compareTo(value(P.eval(pow(num(-2), X), at("3")))));
    assertEquals(0, BigDecimal.ONE.compareTo(value(P.eval(pow(X, num(0)), at("0")))));
    assertEquals(0, BigDecimal.ZERO.compareTo(value(P.eval(pow(X, num("0.5")), at("0")))));
    accurate(ref("2", ApfloatMath::sqrt), P.eval(pow(X, num("0.5")), at("2")), 59);
    accurate(ref("1.7", ApfloatMath::exp), P.eval(pow(Const.E, X), at("1.7")), 59);
    accurate(ref("1.7", x -> ApfloatMath.pow(new Apfloat(2, 120), x)), P.eval(pow(num(2), X), at("1.7")), 59);
    accurate(ref("1", x -> ApfloatMath.pi(120).multiply(ApfloatMath.pi(120))), P.eval(pow(Const.PI, num(2)), at("1")),
        59);
  }

  /** The point of high precision: e^x - 1 - x at x = 1e-9 is x^2/2 + x^3/6 + ...; double gets it wrong. */
  @Test
  void cancellationThatDoubleGetsWrongIsRightInHighPrecision() throws Exception {
    Expr e = sub(sub(pow(Const.E, X), num(1)), X);
    double x = 1e-9;
    BigDecimal bx = new BigDecimal(x);
    BigDecimal exact = ref(bx.toString(), v -> ApfloatMath.exp(v).subtract(one()).subtract(v));
    double inDouble = Trees.eval(e, x);
    assertTrue(Math.abs(inDouble - exact.doubleValue()) > 10 * Math.abs(exact.doubleValue()),
        "double should be badly wrong here, got " + inDouble + " for " + exact);
    PreciseValue precise = P.eval(e, Map.of(X, bx));
    assertTrue(digits(value(precise), exact) >= 40, precise + " vs " + exact);
    // (1 + 1e-17) - 1: double says 0, precise says 1e-17.
    Expr tiny = sub(add(num(1), X), num(1));
    assertEquals(0.0, Trees.eval(tiny, 1e-17));
    accurate(new BigDecimal("1e-17"), P.eval(tiny, at("1e-17")), 59);
  }

  @Test
  void onePassGivesTheSameDigitsButCannotSeeCancellation() {
    Expr e = div(call("\\sigma", X), add(num(1), call("\\tanh", X)));
    PreciseValue once = P.evalOnce(e, at("0.3"));
    assertEquals(0, value(once).compareTo(value(P.eval(e, at("0.3")))), once::toString);
    assertEquals(60, value(once).precision());
    // The cancellation the two-pass evaluation reports (next test) goes unnoticed: a number, wrong after 36 digits.
    Expr cancelling = sub(add(pow(Const.E, num(100)), call("\\sigma", X)), pow(Const.E, num(100)));
    assertTrue(P.evalOnce(cancelling, at("0.3")).isFinite());
  }

  @Test
  void catastrophicCancellationIsReportedNotReturned() {
    // (e^{100} + sigma(x)) - e^{100}: 44 digits cancel, leaving 36 of the 80 working digits: not enough for 60.
    Expr e = sub(add(pow(Const.E, num(100)), call("\\sigma", X)), pow(Const.E, num(100)));
    assertReason(Reason.PRECISION_LOSS, P.eval(e, at("0.3")));
    // With more digits the same expression is fine.
    accurate(ref("0.3", PreciseEvaluatorTest::sigma), new PreciseEvaluator(120).eval(e, at("0.3")), 90);
  }

  @Test
  void sumsOverIndexedVariables() {
    Var x = new Var("x");
    Var j = new Var("j");
    Expr sum = new BigOp(BigOp.Kind.SUM, j, num(1), num(3), pow(Const.E, new Indexed(x, List.of(j))));
    Map<Expr, BigDecimal> point = Map.of(new Indexed(x, List.of(num(1))), new BigDecimal("0.1"),
        new Indexed(x, List.of(num(2))), new BigDecimal("-0.4"), new Indexed(x, List.of(num(3))), new BigDecimal("1.2"));
    BigDecimal expected = ref("0.1", ApfloatMath::exp).add(ref("-0.4", ApfloatMath::exp)).add(ref("1.2", ApfloatMath::exp));
    accurate(expected, P.eval(sum, point), 59);
    Expr prod = new BigOp(BigOp.Kind.PROD, j, num(1), num(2), new Indexed(x, List.of(add(j, num(1)))));
    accurate(new BigDecimal("-0.48"), P.eval(prod, point), 59);
  }

  @Test
  void definedFunctionsAndTheirDerivatives() {
    var t = new Var("t");
    var defs = Map.of("f", new PreciseEvaluator.Definition(List.of(t), mul(t, t, t)));
    var p = new PreciseEvaluator(60, defs);
    accurate(new BigDecimal("3.375"), p.eval(call("f", X), at("1.5")), 59);
    accurate(new BigDecimal("6.75"), p.eval(Trees.primed("f", 1, X), at("1.5")), 40);
    accurate(new BigDecimal("9"), p.eval(Trees.primed("f", 2, X), at("1.5")), 40);
    var loop = new PreciseEvaluator(60, Map.of("g", new PreciseEvaluator.Definition(List.of(t), call("g", t))));
    assertReason(Reason.UNSUPPORTED, loop.eval(call("g", X), at("1")));
  }

  @Test
  void derivativesAtKinksDoNotConverge() {
    var d = new derivcheck.expr.Deriv(new Abs(X), X, 1, false);
    assertReason(Reason.NOT_CONVERGED, P.eval(d, at("1e-20")));
    // Away from the kink it is an ordinary derivative.
    assertEquals(0, BigDecimal.ONE.compareTo(value(P.eval(d, at("0.5")))));
    assertReason(Reason.NOT_CONVERGED, P.eval(Trees.primed("\\operatorname{relu}", 1, X), at("0")));
  }

  @Test
  void derivativesAtTheEdgeOfTheDomain() {
    var dln = new derivcheck.expr.Deriv(call("\\ln", X), X, 1, false);
    // Undefined at the point itself: a domain error.
    assertReason(Reason.LOG_OF_NON_POSITIVE, P.eval(dln, at("-1")));
    // Defined at the point, but the stencil leaves the domain: we cannot tell, which is not a domain error.
    assertReason(Reason.NOT_CONVERGED, P.eval(dln, at("1e-20")));
    assertReason(Reason.NOT_CONVERGED, P.eval(Trees.primed("\\sqrt", 1, X), at("0")));
    accurate(new BigDecimal("1e6"), P.eval(dln, at("1e-6")), 40);
  }

  @Test
  void agreementRule() {
    var a = new PreciseValue.Finite(new BigDecimal("1.0000000000000000000000000000001"));
    var b = new PreciseValue.Finite(BigDecimal.ONE);
    var c = new PreciseValue.Finite(new BigDecimal("1.00000000000000000000000001"));
    assertTrue(PreciseEvaluator.agree(a, b, 60));
    assertFalse(PreciseEvaluator.agree(c, b, 60));
    // Relative for big values, absolute near zero.
    assertTrue(PreciseEvaluator.agree(new PreciseValue.Finite(new BigDecimal("1e40")),
        new PreciseValue.Finite(new BigDecimal("1.000000000000000000000000000000001e40")), 60));
    assertTrue(PreciseEvaluator.agree(new PreciseValue.Finite(new BigDecimal("1e-45")),
        new PreciseValue.Finite(BigDecimal.ZERO), 60));
    assertFalse(PreciseEvaluator.agree(new PreciseValue.Undefined(Reason.DIVISION_BY_ZERO, ""),
        new PreciseValue.Undefined(Reason.DIVISION_BY_ZERO, ""), 60));
  }

  @Test
  void pointsFromDoublesAreExact() {
    var point = PreciseEvaluator.point(List.of(X), new double[] {0.1});
    assertEquals(new BigDecimal(0.1), point.get(X));
    assertTrue(point.get(X).compareTo(new BigDecimal("0.1")) != 0);
  }
}
