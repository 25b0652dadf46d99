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

/** A derivative by an application, {@code \partial F / \partial a(x)}: by a fresh variable in its place. */
class ApplicationDerivativesTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static final String A = "Let $a(t) = t^2 + 1$.\n\n";

  private static Verdict only(String markdown) {
    List<Verdict> v = VERIFIER.verify("t.md", markdown, DocKind.MARKDOWN).steps().stream()
        .map(s -> s.result().verdict()).toList();
    assertEquals(1, v.size(), v::toString);
    return v.get(0);
  }

  @Test
  void theApplicationIsTheVariable() {
    Verdict log = only(A + "$$\\frac{\\partial \\ln(a(t))}{\\partial a(t)} = \\frac{1}{a(t)}$$\n");
    assertTrue(log.kind().holds(), log::toString);
    Verdict sig = only(A + "$$\\frac{\\partial \\sigma(a(t))}{\\partial a(t)} = \\sigma(a(t))(1 - \\sigma(a(t)))$$\n");
    assertTrue(sig.kind().holds(), sig::toString);
    assertEquals(Verdict.Kind.REFUTED, only(A + "$$\\frac{\\partial \\ln(a(t))}{\\partial a(t)} = a(t)$$\n").kind());
    assertEquals(Verdict.Kind.REFUTED,
        only(A + "$$\\frac{\\partial \\ln(a(t))}{\\partial a(t)} = \\frac{2t}{a(t)}$$\n").kind(),
        "d/da is not d/dt");
  }

  @Test
  void readingsThatWouldBeGuessesAreUnknown() {
    Verdict outside = only(A + "$$\\frac{\\partial (a(t) + t)}{\\partial a(t)} = 1$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, outside.kind(), outside::toString);
    assertTrue(outside.detail().contains("also outside the application"), outside::detail);
    Verdict absent = only(A + "$$\\frac{\\partial t^2}{\\partial a(t)} = 0$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, absent.kind(), absent::toString);
  }

  @Test
  void anApplicationToVectorsIsOpenWithAReasonNotAnInternalError() {
    Verdict v = only("$$\\frac{\\partial L(g(a(\\mathbf{x},\\theta)), y)}{\\partial a(\\mathbf{x},\\theta)} = "
        + "\\frac{\\partial L(g(a(\\mathbf{x},\\theta)), y)}{\\partial g(a(\\mathbf{x},\\theta))}"
        + "\\frac{\\partial g(a(\\mathbf{x},\\theta))}{\\partial a(\\mathbf{x},\\theta)}$$\n");
    assertEquals(Verdict.Kind.UNKNOWN, v.kind(), v::toString);
    assertTrue(!v.detail().contains("internal error"), v::detail);
  }
}
