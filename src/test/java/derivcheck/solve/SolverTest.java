package derivcheck.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.Verdict;
import derivcheck.render.LatexPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Full solutions of the sheets' derivatives and identities: each must end at the claim's right side, every step
 * accepted by the kernel, with the rules a person would use and no catch-all "algebra" step.
 */
class SolverTest {
  private static Solution assertSolved(String latex, String... defines) {
    Solution s = Solutions.solve(latex, defines);
    assertEquals(Solution.Outcome.SOLVED, s.outcome(), () -> latex + ": " + s.message() + " "
        + (s.stopped() == null ? "" : s.stopped().verdict().toString()));
    assertEquals(s.claim().rhs(), s.last(), "the last line is the right side as written");
    for (var v : s.steps()) {
      assertTrue(v.verdict().kind().holds(), v.step().ruleId() + ": " + v.verdict());
      assertNotEquals(Solver.ALGEBRA, v.step().ruleId(), "a named rule for every step of " + latex);
    }
    for (int k = 1; k < s.steps().size(); k++) {
      assertEquals(s.steps().get(k - 1).step().to(), s.steps().get(k).step().from(), "steps join up");
    }
    return s;
  }

  private static void assertUses(Solution s, String... ids) {
    List<String> used = Solutions.ruleIds(s);
    for (String id : ids) assertTrue(used.contains(id), "expected rule " + id + " in " + used);
  }

  @Test
  void sigmoidDerivativeFromTheDefinition() {
    Solution s = assertSolved("\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))");
    assertEquals("definition", Solutions.ruleIds(s).get(0));
    assertUses(s, "reciprocal", "chain", "combine-fractions");
    // The turning point a TA writes down: e^{-x}/(1+e^{-x})^2.
    assertTrue(s.steps().stream().anyMatch(v ->
        LatexPrinter.print(v.step().to()).equals("\\frac{e^{-x}}{\\left(1 + e^{-x}\\right)^{2}}")));
    assertEquals(Verdict.Kind.PROVED, s.steps().get(0).verdict().kind());
  }

  @Test
  void tanhDerivative() {
    Solution s = assertSolved("\\tanh'(x) = 1 - \\tanh^2(x)");
    assertUses(s, "prime-notation", "definition", "quotient", "sinh", "cosh", "power-of-fraction");
  }

  @Test
  void softplusDerivative() {
    Solution s = assertSolved("\\frac{d}{dx}\\text{softplus}(x) = \\sigma(x)");
    assertUses(s, "chain", "exp", "multiply-by-ex");
  }

  @Test
  void softsignDerivativeAwayFromZero() {
    Solution s = assertSolved("\\text{softsign}'(x) = \\frac{1}{(1+|x|)^2} \\quad \\text{for } x \\neq 0");
    assertUses(s, "quotient", "abs-derivative", "x-sign-x");
  }

  @Test
  void crossEntropyGradientThroughTheSigmoid() {
    Solution s = assertSolved(
        "\\frac{\\partial}{\\partial a}\\left[-y\\ln\\sigma(a)-(1-y)\\ln(1-\\sigma(a))\\right] = \\sigma(a)-y");
    assertUses(s, "chain", "sigma-derivative", "cancel", "expand", "collect");
  }

  @Test
  void sigmoidAsTanh() {
    Solution s = assertSolved("\\sigma(x) = \\frac{1}{2}\\left(\\tanh\\left(\\frac{1}{2}x\\right)+1\\right)");
    assertUses(s, "definition", "multiply-by-ex", "combine-fractions");
  }

  @Test
  void tanhAsSigmoid() {
    assertSolved("\\tanh(x) = 2\\sigma(2x) - 1");
  }

  @Test
  void logSigmoid() {
    Solution s = assertSolved("\\ln\\sigma(x) = -\\text{softplus}(-x)");
    assertEquals(List.of("definition", "log-reciprocal", "definition"), Solutions.ruleIds(s));
  }

  @Test
  void softplusDifference() {
    Solution s = assertSolved("\\text{softplus}(x) - \\text{softplus}(-x) = x");
    assertUses(s, "log-quotient", "multiply-by-ex", "cancel", "log-exp");
  }

  @Test
  void userDefinitionsAreSubstituted() {
    Solution s = assertSolved("\\frac{\\partial}{\\partial p}\\operatorname{CE}(p, t) = \\frac{p - t}{p(1 - p)}",
        "\\operatorname{CE}(p, t) = -t\\log(p) - (1 - t)\\log(1 - p)");
    assertEquals("definition", Solutions.ruleIds(s).get(0));
  }

  @Test
  void sideConditionsGiveSigns() {
    Solution s = assertSolved("\\frac{d}{dx}\\text{rect}(x) = 1 \\quad \\text{for } x > 0");
    assertUses(s, "sign-of-sign");
  }

  @Test
  void aWrongTargetEndsWithoutAVerifiedPath() {
    Solution s = Solutions.solve("\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1+\\sigma(x))");
    assertEquals(Solution.Outcome.NO_PATH, s.outcome());
    assertFalse(s.steps().stream().anyMatch(v -> v.step().to().equals(s.claim().rhs())),
        "the wrong right side is never shown as reached");
    assertNotNull(s.stopped());
    assertEquals(Verdict.Kind.REFUTED, s.stopped().verdict().kind());
    assertTrue(SolutionText.solution(s).contains("no verified path found from here"));
    assertTrue(SolutionLatex.solution(s).contains("No verified path found from here"));
  }

  @Test
  void anExpressionIsWorkedOutWithoutATarget() {
    Solution s = Solutions.solve("\\frac{d}{dx}\\ln(1 + x^2)");
    assertEquals(Solution.Outcome.SOLVED, s.outcome());
    assertEquals("\\frac{2 x}{1 + x^{2}}", LatexPrinter.print(s.last()));
  }

  @Test
  void inequalitiesAreNotSolved() {
    assertEquals(Solution.Outcome.UNSUPPORTED, Solutions.solve("\\sigma'(x) \\le \\frac{1}{4}").outcome());
  }
}
