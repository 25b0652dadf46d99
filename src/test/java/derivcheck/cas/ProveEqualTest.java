package derivcheck.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sheets' identities come out PROVED by the strategy measured to work; false variants never do. */
class ProveEqualTest {
  /** Generous: the build machine is shared; the warm times are 1-100 ms (see the report / StrategyProfileTest). */
  static final Duration BUDGET = Duration.ofSeconds(20);

  /** Which strategy proves which claim, with the scope it needs (measured; see StrategyProfileTest). */
  static final Map<String, String[]> EXPECTED = Map.ofEntries(
      Map.entry("sigma = (tanh(x/2)+1)/2", new String[] {"together-trigtoexp", ""}),
      Map.entry("tanh = 2 sigma(2x) - 1", new String[] {"together-trigtoexp", ""}),
      Map.entry("d/dx sigma = sigma(1-sigma)", new String[] {"together-atoms", ""}),
      Map.entry("d/dx tanh = 1 - tanh^2", new String[] {"evaluate", ""}),
      Map.entry("ln sigma(x) = -softplus(-x)", new String[] {"zero-gradient", ""}),
      Map.entry("softplus(x) - softplus(-x) = x", new String[] {"zero-gradient", ""}),
      Map.entry("softsign(-x) = -softsign(x)", new String[] {"evaluate", ""}),
      Map.entry("d/dx softsign = 1/(1+|x|)^2", new String[] {"sign-cases", "for x \\neq 0"}),
      Map.entry("d/dx relu = H (x > 0)", new String[] {"together-refine", "assuming x > 0"}),
      Map.entry("d/da cross-entropy = sigma(a) - y", new String[] {"together-atoms", ""}),
      Map.entry("d/da (y - sigma(a))^2", new String[] {"together-atoms", ""}),
      Map.entry("sigma'(x) = sigma(1-sigma)", new String[] {"together-atoms", ""}));

  static Stream<Claims.Claim> trueClaims() {
    return Claims.TRUE.stream();
  }

  static Stream<Claims.Claim> falseClaims() {
    return Claims.FALSE.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trueClaims")
  void provesTheSheetsIdentities(Claims.Claim claim) {
    var attempt = Cas.proveEqual(claim.lhs(), claim.rhs(), claim.assumptions(), BUDGET);
    String[] expected = EXPECTED.get(claim.name());
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
    assertEquals(expected[0], attempt.strategy(), attempt::toString);
    assertEquals(expected[1], attempt.scope(), attempt::toString);
    assertEquals(attempt.strategy(), lastTried(attempt), "the portfolio stops at the first proof");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("falseClaims")
  void neverProvesAFalseClaim(Claims.Claim claim) {
    var attempt = Cas.proveEqual(claim.lhs(), claim.rhs(), claim.assumptions(), BUDGET);
    assertNotEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
    assertEquals(ProofAttempt.Outcome.NOT_PROVED, attempt.outcome(), attempt::toString);
    assertEquals("", attempt.strategy());
    assertTrue(attempt.tried().size() >= 5, "every strategy had its turn: " + attempt.tried());
  }

  @Test
  void aPiecewiseConstantIsNotProvedConstant() {
    // |x|/x has derivative 0 away from 0 and equals 1 at x = 1, yet is -1 for x < 0.
    var attempt = Cas.proveEqual(Trees.div(Trees.abs(Trees.X), Trees.X), Trees.n(1), java.util.List.of(), BUDGET);
    assertNotEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
  }

  @Test
  void identitiesThatNeedPositiveArgumentsSaySo() {
    // sqrt(x^2)/x = 1 and ln(x^2) = 2 ln x hold only for x > 0. Their derivatives vanish and both hold at x = 1, so
    // only the smoothness guard keeps the zero-gradient strategy from proving them outright.
    var sqrtClaim = Cas.proveEqual(Trees.div(derivcheck.lib.Builtin.SQRT.call(Trees.pow(Trees.X, Trees.n(2))),
        Trees.X), Trees.n(1), java.util.List.of(), BUDGET);
    var logClaim = Cas.proveEqual(Trees.ln(Trees.pow(Trees.X, Trees.n(2))), Trees.mul(Trees.n(2), Trees.ln(Trees.X)),
        java.util.List.of(), BUDGET);
    for (var attempt : java.util.List.of(sqrtClaim, logClaim)) {
      assertTrue(!attempt.proved() || !attempt.scope().isEmpty(), attempt::toString);
      assertNotEquals("zero-gradient", attempt.strategy(), attempt::toString);
    }
  }

  @Test
  void aFixedValueFromTheAssumptionsIsUsedAndReported() {
    // y = 1 makes y * sigma(x) equal to sigma(x).
    var attempt = Cas.proveEqual(Trees.mul(Trees.Y, Trees.sigma(Trees.X)), Trees.sigma(Trees.X),
        java.util.List.of(Trees.eq(Trees.Y, Trees.n(1))), BUDGET);
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
    assertEquals("assuming y = 1", attempt.scope());
  }

  @Test
  void derivativesAreTakenBeforeFixedValuesAreSubstituted() {
    // d/dy y^2 = 2 when y = 1: the derivative 2y is taken first, then y = 1 makes it 2.
    var fixed = java.util.List.of(Trees.eq(Trees.Y, Trees.n(1)));
    var attempt = Cas.proveEqual(Trees.d(Trees.pow(Trees.Y, Trees.n(2)), Trees.Y), Trees.n(2), fixed, BUDGET);
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
    var wrong = Cas.proveEqual(Trees.d(Trees.pow(Trees.Y, Trees.n(2)), Trees.Y), Trees.n(0), fixed, BUDGET);
    assertNotEquals(ProofAttempt.Outcome.PROVED, wrong.outcome(), wrong::toString);
  }

  @Test
  void maxAndMinAreProvedThroughAbsoluteValues() {
    var max = derivcheck.lib.Builtin.MAX.call(Trees.n(0), Trees.X);
    var min = derivcheck.lib.Builtin.MIN.call(Trees.n(0), Trees.X);
    assertEquals(ProofAttempt.Outcome.PROVED,
        Cas.proveEqual(max, Trees.relu(Trees.X), java.util.List.of(), BUDGET).outcome());
    assertEquals(ProofAttempt.Outcome.PROVED,
        Cas.proveEqual(Trees.add(max, min), Trees.X, java.util.List.of(), BUDGET).outcome());
    var derivative = Cas.proveEqual(Trees.d(max, Trees.X), Trees.heaviside(Trees.X), java.util.List.of(), BUDGET);
    assertEquals(ProofAttempt.Outcome.PROVED, derivative.outcome(), derivative::toString);
    assertEquals("for x \\neq 0", derivative.scope());
    assertNotEquals(ProofAttempt.Outcome.PROVED,
        Cas.proveEqual(max, Trees.X, java.util.List.of(), BUDGET).outcome());
  }

  @Test
  void anUnknownFunctionFollowsTheChainRule() {
    // d/dx f(g(x)) = f'(g(x)) g'(x) for arbitrary f and g.
    var x = Trees.X;
    var g = derivcheck.expr.Call.of("g", x);
    var lhs = Trees.d(derivcheck.expr.Call.of("f", g), x);
    var rhs = Trees.mul(new derivcheck.expr.Call("f", 1, java.util.List.of(g)),
        new derivcheck.expr.Call("g", 1, java.util.List.of(x)));
    var attempt = Cas.proveEqual(lhs, rhs, java.util.List.of(), BUDGET);
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
    assertEquals("evaluate", attempt.strategy());
  }

  @Test
  void anUnsupportedNodeIsReportedAsSuch() {
    var sum = new derivcheck.expr.BigOp(derivcheck.expr.BigOp.Kind.SUM, new derivcheck.expr.Var("j"), null, null,
        new derivcheck.expr.Var("j"));
    var attempt = Cas.proveEqual(sum, Trees.n(1), java.util.List.of(), BUDGET);
    assertEquals(ProofAttempt.Outcome.UNSUPPORTED, attempt.outcome(), attempt::toString);
  }

  private static String lastTried(ProofAttempt attempt) {
    String last = attempt.tried().get(attempt.tried().size() - 1);
    return last.substring(0, last.indexOf(' '));
  }
}
