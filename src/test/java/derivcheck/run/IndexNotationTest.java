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

/** Index shorthand (S_i, x_j, \delta_{ij}), component definitions and recalled definitions in documents. */
class IndexNotationTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static List<Verdict.Kind> kinds(String markdown) {
    return VERIFIER.verify("t.md", markdown, DocKind.MARKDOWN).steps().stream()
        .map(s -> s.result().verdict().kind()).toList();
  }

  @Test
  void softmaxEntriesWithFreeIndicesAreCheckedAtSeveralSizes() {
    assertEquals(List.of(Verdict.Kind.CONFIRMED),
        kinds("$$\\frac{\\partial S_i}{\\partial x_j} = S_i(\\delta_{ij} - S_j)$$\n"));
    assertEquals(List.of(Verdict.Kind.REFUTED),
        kinds("$$\\frac{\\partial S_i}{\\partial x_j} = S_i(1 - S_j)$$\n"));
    assertEquals(List.of(Verdict.Kind.REFUTED),
        kinds("$$\\frac{\\partial S_i}{\\partial x_j} = S_i(\\delta_{ij} - S_i)$$\n"), "the wrong index");
  }

  @Test
  void aFunctionDefinedByComponentsIsUsable() {
    String doc = "Let $T(\\mathbf{z})_k = \\frac{e^{2 z_k}}{\\sum_j e^{2 z_j}}$ be a sharpened softmax.\n\n"
        + "$$\\frac{\\partial T_i}{\\partial z_j} = 2 T_i(\\delta_{ij} - T_j)$$\n\n"
        + "$$\\frac{\\partial T_i}{\\partial z_j} = T_i(\\delta_{ij} - T_j)$$\n";
    assertEquals(List.of(Verdict.Kind.CONFIRMED, Verdict.Kind.REFUTED), kinds(doc));
  }

  @Test
  void aRecalledDefinitionIsCheckedAndTheOldMeaningStays() {
    String doc = "Recall $\\sigma(x) = \\frac{1}{1 + e^{x}}$.\n\n$$\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$$\n";
    assertEquals(List.of(Verdict.Kind.REFUTED, Verdict.Kind.CONFIRMED), kinds(doc));
    String let = "Let $\\sigma(x) = \\frac{1}{1 + e^{x}}$.\n\n$$\\sigma'(x) = -\\sigma(x)(1 - \\sigma(x))$$\n";
    assertEquals(List.of(Verdict.Kind.CONFIRMED), kinds(let), "let defines anew");
  }

  @Test
  void aRecalledNameWithoutMeaningIsDefined() {
    String doc = "Recall $g(x) = x^2$.\n\n$$g'(x) = 2x$$\n";
    assertEquals(List.of(Verdict.Kind.CONFIRMED), kinds(doc));
    assertTrue(Cues.recall("Since"));
    assertTrue(!Cues.recall("Recall that we let"));
  }

  @Test
  void aDeclaredVectorSIsNotTheSoftmaxAndDeclaredSizesAreUsed() {
    String declared = "Let $S \\in \\mathbb{R}^n$.\n\n$$\\frac{\\partial S_i}{\\partial x_j} = S_i(\\delta_{ij} - S_j)$$\n";
    assertEquals(List.of(Verdict.Kind.UNKNOWN), kinds(declared));
    String sized = "Let $\\mathbf{x} \\in \\mathbb{R}^K$.\n\n$$\\frac{\\partial S_i}{\\partial x_j} = S_i(\\delta_{ij} - S_j)$$\n";
    var steps = VERIFIER.verify("t.md", sized, DocKind.MARKDOWN).steps();
    assertTrue(steps.get(0).result().verdict().detail().contains("K = 1.."), steps.get(0).result().verdict()::detail);
  }

  @Test
  void floorIsChecked() {
    assertEquals(List.of(Verdict.Kind.CONFIRMED, Verdict.Kind.CONFIRMED),
        kinds("$$\\left\\lfloor \\frac{32 + 2\\cdot 2 - 5}{2} \\right\\rfloor + 1 = 15 + 1 = 16$$\n"));
    assertEquals(List.of(Verdict.Kind.REFUTED), kinds("$$\\left\\lceil \\frac{31}{2} \\right\\rceil = 15$$\n"));
  }
}
