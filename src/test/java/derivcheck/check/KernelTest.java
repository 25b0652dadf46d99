package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Chain;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The kernel's promises, claim by claim: what is true holds, what is false is refuted, and why. */
class KernelTest {
  static final CheckOptions NUMERIC = CheckOptions.defaults().withSymbolic(false);
  static final CheckOptions FULL = CheckOptions.defaults();

  static Verdict check(String latex, CheckOptions options) throws Exception {
    Chain c = new LatexParser(ParseOptions.defaults()).parseChain(latex);
    var step = new Step(c.terms().get(0), c.relations().get(0), c.terms().get(1), c.conditions(),
        Definitions.builtinsOnly());
    return new Kernel(options).checkNow(step);
  }

  @Test
  void provesATrueIdentityAndStatesTheStrategyAndNumericEvidence() throws Exception {
    Verdict v = check("\\sigma'(x) = \\sigma(x)(1-\\sigma(x))", FULL);
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("by "), v::detail);
    assertTrue(v.detail().contains("100 points agree"), v::detail);
  }

  @Test
  void evaluationBarsAreDerivativesTakenThenEvaluated() throws Exception {
    assertEquals(Verdict.Kind.PROVED, check("\\frac{d}{dx} (x \\sigma(x)) \\Big|_{x = 0} = \\frac12", FULL).kind());
    assertEquals(Verdict.Kind.PROVED, check("\\frac{d}{dx} (a x^2) \\Big|_{x = a} = 2a^2", FULL).kind());
    assertEquals(Verdict.Kind.REFUTED, check("\\frac{d}{dx} (x \\sigma(x)) \\Big|_{x = 0} = \\frac13", FULL).kind());
    assertEquals(Verdict.Kind.REFUTED, check("\\frac{d}{dx} (a x^2) \\Big|_{x = a} = 2a", FULL).kind());
  }

  @Test
  void aStepClaimThatFailsOnlyAtTheIntegersIsRefuted() throws Exception {
    Verdict v = check("\\lceil x \\rceil = \\lfloor x \\rfloor + 1", FULL);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    assertEquals(Verdict.Kind.PROVED, check("\\lfloor x + 1 \\rfloor = \\lfloor x \\rfloor + 1", FULL).kind());
  }

  @Test
  void numericOnlyGivesConfirmedWithPointsAndSeed() throws Exception {
    Verdict v = check("\\tanh(x) = 2\\sigma(2x) - 1", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    var e = v.evidence().orElseThrow();
    assertEquals(100, e.points());
    assertEquals(NUMERIC.seed(), e.seed());
    assertTrue(e.worstError() < 1e-12);
  }

  @Test
  void refutesAFalseClaimWithAShortCounterexampleCheckedAtHighPrecision() throws Exception {
    Verdict v = check("\\text{softplus}(x) + \\text{softplus}(-x) = x", FULL);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    Counterexample ce = v.counterexample().orElseThrow();
    assertEquals(1, ce.point().size());
    double x = ce.point().values().iterator().next().doubleValue();
    assertEquals(x, Math.round(x * 10) / 10.0, 1e-12, "the point is rounded to one decimal");
    double lhs = Math.log1p(Math.exp(x)) + Math.log1p(Math.exp(-x));
    assertEquals(lhs, Double.parseDouble(ce.lhs()), 1e-9);
    assertEquals(x, Double.parseDouble(ce.rhs()), 1e-9);
  }

  @Test
  void valuesOfExtremeScaleAreComparedWithoutAligningTheirDigits() {
    // At x = -2.3 the left side is about 10^{-25590380}: an exact difference with 0.5 would need a
    // 25-million-digit integer (minutes of work); the comparison must round instead.
    Verdict v = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> check("e^{-6 e^{-7x}} = \\frac{1}{2}", NUMERIC));
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
  }

  @Test
  void floatingPointCancellationNeverRefutesATrueClaim() throws Exception {
    // (1 + 10^{-12} x) - 1 loses about four digits in double precision; at high precision the claim holds.
    Verdict v = check("\\frac{(1 + 10^{-12} x) - 1}{10^{-12}} = x", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertTrue(v.evidence().orElseThrow().roundingRescues() > 0, v::detail);
  }

  @Test
  void aFalseClaimHiddenByFloatingPointNoiseIsStillRefuted() throws Exception {
    Verdict v = check("\\frac{(1 + 10^{-12} x) - 1}{10^{-12}} = x + 10^{-7}", NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
  }

  @Test
  void overflowInDoublePrecisionIsSettledAtHighPrecision() throws Exception {
    Verdict v = check("\\ln\\left(e^{1000 x^2}\\right) = 1000 x^2", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
  }

  @Test
  void pointsOutsideTheDomainAreSkippedAndCounted() throws Exception {
    Verdict v = check("\\ln(x^2) = 2\\ln(x)", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertTrue(v.evidence().orElseThrow().skipped() > 0);
  }

  @Test
  void refutesWhereTheClaimFailsOnlyOnPartOfTheLine() throws Exception {
    Verdict v = check("\\sqrt{x^2} = x", FULL);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    assertTrue(v.counterexample().orElseThrow().point().values().iterator().next().signum() < 0);
  }

  @Test
  void sideConditionsRestrictTheCheck() throws Exception {
    assertEquals(Verdict.Kind.PROVED, check("\\sqrt{x^2} = x \\quad \\text{for } x > 0", FULL).kind());
    assertEquals(Verdict.Kind.REFUTED, check("\\sqrt{x^2} = x \\quad \\text{for } x < 0", NUMERIC).kind());
  }

  @Test
  void anEqualityConditionFixesAVariable() throws Exception {
    Verdict v = check("-y\\ln p - (1-y)\\ln(1-p) = -\\ln p \\quad \\text{for } y = 1", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
  }

  @Test
  void aFixedVariableOfDifferentiationIsPutInAfterDifferentiating() throws Exception {
    Verdict v = check("\\frac{\\partial}{\\partial x}(x^2 y) = 4 \\quad \\text{for } x = 1, y = 2", FULL);
    assertTrue(v.kind().holds(), v::toString);
    assertEquals(Verdict.Kind.REFUTED,
        check("\\frac{\\partial}{\\partial x}(x^2 y) = 2 \\quad \\text{for } x = 1, y = 2", FULL).kind());
  }

  @Test
  void inequalitiesAreProvedFromTheSignOfAFactoredDifference() throws Exception {
    Verdict v = check("\\sigma'(x) \\le \\frac{1}{4}", FULL);
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertEquals(Verdict.Kind.REFUTED, check("\\sigma'(x) \\ge \\frac{1}{5}", FULL).kind());
  }

  @Test
  void notEqualIsProvedByAWitnessAndRefutedByAProofOfEquality() throws Exception {
    assertEquals(Verdict.Kind.PROVED, check("\\sigma(2x) \\neq \\sigma(x)", FULL).kind());
    assertEquals(Verdict.Kind.REFUTED, check("\\sigma(x) \\neq \\frac{1}{1+e^{-x}}", FULL).kind());
  }

  @Test
  void undefinedFunctionsAreUnknownAndWrongArityIsAnError() throws Exception {
    // True for every f: Symja proves it with f as an undefined function.
    assertEquals(Verdict.Kind.PROVED, check("f(x) + f(x) = 2 f(x)", FULL).kind());
    // True for some f only: no numeric check is possible without a definition, so no verdict either way.
    Verdict f = check("f(x) = f(-x)", FULL);
    assertEquals(Verdict.Kind.UNKNOWN, f.kind(), f::toString);
    assertTrue(f.detail().contains("f is not defined"), f::detail);
    Verdict arity = check("\\tanh(x, y) = 1", FULL);
    assertEquals(Verdict.Kind.ERROR, arity.kind());
    assertEquals("\\tanh takes 1 argument, not 2", arity.detail());
  }

  @Test
  void aSymbolicTimeoutLeavesTheNumericEvidence() throws Exception {
    var hurried = CheckOptions.defaults().withSymbolicBudget(Duration.ofNanos(1));
    Verdict v = check("\\sigma(x) = \\frac{1}{2}\\left(\\tanh\\left(\\frac{x}{2}\\right)+1\\right)", hurried);
    assertNotEquals(Verdict.Kind.REFUTED, v.kind());
    assertTrue(v.kind() == Verdict.Kind.CONFIRMED || v.kind() == Verdict.Kind.PROVED, v::toString);
  }

  @Test
  void aDifferenceBelowTheToleranceThatDoesNotShrinkWithPrecisionIsReal() throws Exception {
    assertEquals(Verdict.Kind.REFUTED, check("e^{-100} = 0", NUMERIC).kind());
    Verdict v = check("x = x + 10^{-40}", NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    Counterexample ce = v.counterexample().orElseThrow();
    assertNotEquals(ce.lhs(), ce.rhs());
    // Rounding noise at 60 digits is not a difference: sin(pi) = 0 holds.
    assertEquals(Verdict.Kind.CONFIRMED, check("\\sin(\\pi) = 0", NUMERIC).kind());
    assertEquals(Verdict.Kind.CONFIRMED, check("\\sin(\\pi x)^2 + \\cos(\\pi x)^2 = 1", NUMERIC).kind());
    // ...and a tiny positive difference satisfies a strict inequality.
    assertEquals(Verdict.Kind.CONFIRMED, check("e^{-100} > 0", NUMERIC).kind());
    assertEquals(Verdict.Kind.CONFIRMED, check("\\sigma(-100 - x^2) > 0", NUMERIC).kind());
    assertEquals(Verdict.Kind.REFUTED, check("e^{-100} < 0", NUMERIC).kind());
    // A violation smaller than double precision's tolerance is still a violation.
    assertEquals(Verdict.Kind.REFUTED, check("\\sigma(x) \\le \\sigma(x) - 10^{-12}", NUMERIC).kind());
    assertEquals(Verdict.Kind.CONFIRMED, check("\\operatorname{relu}(x) \\le |x|", NUMERIC).kind());
  }

  @Test
  void constantClaimsAreDecidedAtHighPrecision() throws Exception {
    assertEquals(Verdict.Kind.REFUTED, check("\\sigma(0) = 0.6", NUMERIC).kind());
    assertEquals(Verdict.Kind.CONFIRMED, check("\\sigma(0) = \\frac{1}{2}", NUMERIC).kind());
  }
}
