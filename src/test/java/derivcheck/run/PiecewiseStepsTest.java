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

/** A step whose side is a piecewise expression is checked one case at a time, under the case's condition. */
class PiecewiseStepsTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static final String LOSS = "Let $f = \\sigma(z)$ and $L = -y \\log f - (1 - y)\\log(1 - f)$.\n\n";

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
    assertTrue(v.kind().holds(), v::toString);
  }

  @Test
  void eachCaseOfALabelIsCheckedWithTheLabelSet() {
    holds(only(LOSS + "$$\\frac{\\partial L}{\\partial z} = \\begin{cases} -(1 - f) & y = 1 \\\\ f & y = 0 "
        + "\\end{cases}$$\n"));
    Verdict swapped = only(LOSS + "$$\\frac{\\partial L}{\\partial z} = \\begin{cases} f & y = 1 \\\\ -(1 - f) & y = 0 "
        + "\\end{cases}$$\n");
    assertEquals(Verdict.Kind.REFUTED, swapped.kind());
    assertTrue(swapped.detail().contains("in the case y = 1"), swapped::detail);
    Verdict oneWrong = only(LOSS + "$$\\frac{\\partial L}{\\partial z} = \\begin{cases} -(1 - f) & y = 1 \\\\ 1 - f & "
        + "y = 0 \\end{cases}$$\n");
    assertEquals(Verdict.Kind.REFUTED, oneWrong.kind());
    assertTrue(oneWrong.detail().contains("in the case y = 0"), oneWrong::detail);
  }

  @Test
  void theKinkOfReluIsLeftOutByTheConditions() {
    holds(only("$$\\frac{d}{dx} \\text{ReLU}(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x < 0 \\end{cases}$$\n"));
    holds(only("$$\\frac{d}{dx} \\text{ReLU}(x) = \\begin{cases} 1 & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} "
        + "\\end{cases}$$\n"));
    assertEquals(Verdict.Kind.REFUTED, only("$$\\frac{d}{dx} \\text{ReLU}(x) = \\begin{cases} 0 & x > 0 \\\\ 1 & x < 0 "
        + "\\end{cases}$$\n").kind());
    assertEquals(Verdict.Kind.REFUTED, only("$$\\frac{d}{dx} |x| = \\begin{cases} 1 & x > 0 \\\\ 1 & "
        + "\\text{otherwise} \\end{cases}$$\n").kind());
  }

  @Test
  void piecewiseOnTheLeftAndInAChain() {
    var v = verdicts("$$\\begin{cases} 2x & x > 0 \\\\ -2x & x \\le 0 \\end{cases} = 2|x| = \\frac{d}{dx}(x|x|)$$\n");
    assertEquals(2, v.size(), v::toString);
    holds(v.get(0));
    holds(v.get(1));
  }

  @Test
  void aConditionTheSamplerCannotHonourLeavesTheCaseOpen() {
    Verdict v = only("$$\\frac{d}{dx} x^2 = \\begin{cases} 2x & x = y^2 \\\\ 2x & x > 0 \\end{cases}$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.kind(), v::toString);
    assertTrue(v.detail().contains("x = y^{2}"), v::detail);
  }

  @Test
  void otherwiseAfterALabelValueIsNotGuessed() {
    // which values of y does "otherwise" leave after y = 1? Reading "y \neq 1" would refute the intended y = 0.
    Verdict v = only(LOSS + "$$\\frac{\\partial L}{\\partial z} = \\begin{cases} -(1 - f) & y = 1 \\\\ f & "
        + "\\text{otherwise} \\end{cases}$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.kind(), v::toString);
    assertTrue(v.detail().contains("otherwise"), v::detail);
    // but a wrong case next to it is still found
    Verdict wrong = only(LOSS + "$$\\frac{\\partial L}{\\partial z} = \\begin{cases} 1 - f & y = 1 \\\\ f & "
        + "\\text{otherwise} \\end{cases}$$\n");
    assertEquals(Verdict.Kind.REFUTED, wrong.kind(), wrong::toString);
  }
}
