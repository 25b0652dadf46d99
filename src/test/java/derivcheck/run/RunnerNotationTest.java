package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.lib.Definitions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problem files read the Kronecker delta and functions defined by components, as documents do. */
class RunnerNotationTest {
  private static final Runner RUNNER =
      new Runner(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static List<Verdict.Kind> kinds(String file) {
    return RUNNER.runFile("t.tex", file).stream().map(r -> r.verdict().kind()).toList();
  }

  @Test
  void kroneckerDeltaAndComponentDefinitions() {
    String file = "\\define{T(\\mathbf{z})_k = \\frac{e^{2 z_k}}{\\sum_j e^{2 z_j}}}\n"
        + "\\claim{right}{\\frac{\\partial T(\\mathbf{z})_i}{\\partial z_j} = 2 T(\\mathbf{z})_i (\\delta_{ij} - T(\\mathbf{z})_j)}\n"
        + "\\claim[false]{wrong}{\\frac{\\partial S(\\mathbf{x})_i}{\\partial x_j} = S(\\mathbf{x})_i (\\delta_{ij} + S(\\mathbf{x})_j)}\n";
    assertEquals(List.of(Verdict.Kind.CONFIRMED, Verdict.Kind.REFUTED), kinds(file));
  }
}
