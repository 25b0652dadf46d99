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

/** A loss the document never defines, differentiated by defined quantities, is checked with random stand-ins. */
class StandInsTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static final String SETUP = "The layer computes $y_1 = w_1 x_1 + w_2 x_2$ and $y_2 = w_1 x_2 + w_2 x_3$.\n"
      + "With upstream gradients $g_1 = \\partial L / \\partial y_1$ and $g_2 = \\partial L / \\partial y_2$,\n\n";

  private static List<Verdict> verdicts(String markdown) {
    return VERIFIER.verify("t.md", markdown, DocKind.MARKDOWN).steps().stream()
        .map(s -> s.result().verdict()).toList();
  }

  @Test
  void theChainRuleHoldsForAnUndefinedLoss() {
    var v = verdicts(SETUP + "$$\\frac{\\partial L}{\\partial w_2} = g_1 x_2 + g_2 x_3$$\n");
    assertEquals(Verdict.Kind.CONFIRMED, v.get(0).kind(), v::toString);
    assertTrue(v.get(0).detail().contains("random smooth stand-ins"), v.get(0)::detail);
  }

  @Test
  void aWrongIndexIsRefuted() {
    var v = verdicts(SETUP + "$$\\frac{\\partial L}{\\partial w_2} = g_1 x_1 + g_2 x_3$$\n");
    assertEquals(Verdict.Kind.REFUTED, v.get(0).kind(), v::toString);
    var dropped = verdicts(SETUP + "$$\\frac{\\partial L}{\\partial x_2} = g_1 w_2$$\n");
    assertEquals(Verdict.Kind.REFUTED, dropped.get(0).kind(), "a dropped path through y_2");
  }

  @Test
  void withoutDefinedIntermediatesTheStepStaysOpen() {
    var v = verdicts("$$\\frac{\\partial L}{\\partial w} = 2w$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.get(0).kind());
    assertTrue(v.get(0).detail().contains("does not define"), v.get(0)::detail);
  }

  @Test
  void aGeneralIndexOverNumberedDefinitionsIsOpenWithTheReason() {
    var v = verdicts(SETUP + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_{i=1}^{2} g_i x_{i+k-1}$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.get(0).kind());
    assertTrue(v.get(0).detail().contains("defines only g_{1}, g_{2}"), v.get(0)::detail);
  }
}
