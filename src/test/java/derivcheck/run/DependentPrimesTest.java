package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Primes on quantities the document defines ({@code y'} after {@code y = \tanh(x)}, {@code (u/v)'}) are derivatives
 * by the one variable the quantity depends on; where the document does not settle it, the step is unknown.
 */
class DependentPrimesTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static final String UV = "Let $u = e^t - e^{-t}$ and $v = e^t + e^{-t}$.\n\n";

  private static List<Verdict> verdicts(String markdown) {
    return VERIFIER.verify("t.md", markdown, DocKind.MARKDOWN).steps().stream()
        .map(s -> s.result().verdict()).toList();
  }

  private static Verdict only(String markdown) {
    var v = verdicts(markdown);
    assertEquals(1, v.size(), v::toString);
    return v.get(0);
  }

  private static void holds(Verdict v) {
    assertTrue(v.kind() == Verdict.Kind.CONFIRMED || v.kind() == Verdict.Kind.PROVED, v::toString);
  }

  @Test
  void primedDefinedNamesAreClaimsAboutTheirDerivative() {
    holds(only(UV + "$$u' = e^t + e^{-t}$$\n"));
    assertEquals(Verdict.Kind.REFUTED, only(UV + "$$u' = e^t - e^{-t}$$\n").kind());
    // a definition cue does not make u' a new name: its meaning is settled by u
    assertEquals(Verdict.Kind.REFUTED, only(UV + "where $u' = v + 1$.\n").kind());
  }

  @Test
  void theQuotientRuleWithPrimes() {
    for (Verdict v : verdicts(UV + "$$(u/v)' = \\frac{u'v - uv'}{v^2} = 1 - \\frac{u^2}{v^2}$$\n")) holds(v);
    assertEquals(Verdict.Kind.REFUTED, verdicts(UV + "$$(u/v)' = \\frac{u'v + uv'}{v^2}$$\n").get(0).kind());
  }

  @Test
  void aDependentVariableAfterItsDefinition() {
    holds(only("Let $y = \\tanh(x)$. Then\n\n$$y' = 1 - y^2$$\n"));
    holds(only("Let $y = \\tanh(x)$.\n\n$$(y^2)' = 2 y y'$$\n"));
    assertEquals(Verdict.Kind.REFUTED, only("Let $y = \\tanh(x)$.\n\n$$y' = 1 + y^2$$\n").kind());
    assertEquals(Verdict.Kind.REFUTED, only("Let $y = \\tanh(x)$.\n\n$$y'' = 2y(1 - y^2)$$\n").kind());
    holds(only("Let $y = \\tanh(x)$.\n\n$$y'' = -2y(1 - y^2)$$\n"));
  }

  @Test
  void parenthesesAfterAPrimedQuantityAreAFactorUnlessTheyHoldItsVariable() {
    String r = "Let $r = \\sigma(s)$.\n\n";
    holds(only(r + "$$r'' = r'(1 - 2r)$$\n"));
    assertEquals(Verdict.Kind.REFUTED, only(r + "$$r'' = r'(1 + 2r)$$\n").kind());
    holds(only(r + "$$r'(s) = r(1 - r)$$\n"));
  }

  @Test
  void theProductRuleForFunctionsOfOneVariable() {
    String fg = "Let $f(x) = x^2$ and $g(x) = \\sin(x)$.\n\n";
    holds(only(fg + "$$(fg)' = f'g + fg'$$\n"));
    holds(only(fg + "$$(fg)'(x) = 2x\\sin(x) + x^2\\cos(x)$$\n"));
    assertEquals(Verdict.Kind.REFUTED, only(fg + "$$(fg)' = f'g'$$\n").kind());
  }

  @Test
  void twoVariablesGiveAnUnknownTheStudentCanActOn() {
    Verdict v = only("Let $y = \\tanh(w x)$.\n\n$$y' = w(1 - y^2)$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.kind());
    assertTrue(v.detail().contains("y depends on w and x") && v.detail().contains("dy/dx"), v::detail);
    Verdict product = only("Let $f(x) = x^2$ and $g(t) = \\sin(t)$.\n\n$$(fg)' = f'g + fg'$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, product.kind(), product::toString);
  }

  @Test
  void primesOnNamesTheDocumentDoesNotDefineAreNotGuessed() {
    Verdict ode = only("$$(y^2)' = 2 y y'$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, ode.kind(), ode::toString);
    // x' is another point, as in a kernel k(x, x')
    holds(only("The kernel $k(x, x') = e^{-(x - x')^2}$ is symmetric:\n\n$$k(x, x') = k(x', x)$$\n"));
  }
}
