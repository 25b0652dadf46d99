package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Chain;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import org.junit.jupiter.api.Test;

/** Vector claims proved for every size: the index algebra and the sized check together. */
class IndexAlgebraTest {
  static Verdict check(String latex, CheckOptions options) throws Exception {
    Chain c = new LatexParser(ParseOptions.defaults()).parseChain(latex);
    return new Kernel(options).checkNow(new Step(c.terms().get(0), c.relations().get(0), c.terms().get(1),
        c.conditions(), Definitions.builtinsOnly()));
  }

  @Test
  void theSoftmaxPartialsAreProvedForAllN() throws Exception {
    Verdict v = check("\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j} = S(\\mathbf{x})_i \\mathbf{1}_{i=j}"
        + " - S(\\mathbf{x})_i S(\\mathbf{x})_j", CheckOptions.defaults());
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("for all n by index algebra (delta elimination"), v::detail);
    assertTrue(v.detail().contains("; numeric agreement for n = 1..6 (91 components"), v::detail);
  }

  @Test
  void translationInvarianceIsProvedForAllN() throws Exception {
    Verdict v = check("S(\\mathbf{x} + c) = S(\\mathbf{x})", CheckOptions.defaults());
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("for all n by index algebra"), v::detail);
  }

  @Test
  void falseVariantsStayRefuted() throws Exception {
    Verdict v = check("\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j} = S(\\mathbf{x})_i"
        + " - S(\\mathbf{x})_i S(\\mathbf{x})_j", CheckOptions.defaults());
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    Verdict t = check("\\frac{\\partial S(\\mathbf{x})}{\\partial \\mathbf{x}} = \\text{Diag}(S(\\mathbf{x}))"
        + " - S(\\mathbf{x})^\\top S(\\mathbf{x})", CheckOptions.defaults());
    assertFalse(t.kind() == Verdict.Kind.PROVED, t::toString);
  }

  @Test
  void withoutSymbolicProofsTheAlgebraIsNotUsed() throws Exception {
    Verdict v = check("S(\\mathbf{x} + c) = S(\\mathbf{x})", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertFalse(v.detail().contains("for all n"), v::detail);
  }
}
