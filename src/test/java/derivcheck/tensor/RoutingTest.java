package derivcheck.tensor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Chain;
import derivcheck.lib.Definitions;
import org.junit.jupiter.api.Test;

/** Which steps go to the vector machinery: never a plain scalar claim. */
class RoutingTest {
  static boolean applies(String latex) {
    Chain c = Claims.chain(latex);
    return TensorClaims.applies(c.terms().get(0), c.terms().get(1), c.conditions(), Definitions.builtinsOnly());
  }

  @Test
  void scalarClaimsDoNot() {
    assertFalse(applies("\\sigma'(x) = \\sigma(x)(1-\\sigma(x))"));
    assertFalse(applies("\\frac{d}{dx}\\frac{x}{1+|x|} = \\frac{1}{(1+|x|)^2} \\quad \\text{for } x \\neq 0"));
    assertFalse(applies("\\sum_{i=1}^{3} x_i = x_1 + x_2 + x_3"));
    assertFalse(applies("\\text{softplus}(x) - \\text{softplus}(-x) = x"));
  }

  @Test
  void vectorNotationDoes() {
    assertTrue(applies("S(\\mathbf{x} + c) = S(\\mathbf{x})"));
    assertTrue(applies("\\|x\\|_2 = 1"));
    assertTrue(applies("\\sum_{i=1}^{n} x_i = y"));
    assertTrue(applies("a = b \\quad \\text{for } g \\in \\mathbb{R}^n"));
    assertTrue(applies("J_f(x) = y"));
  }
}
