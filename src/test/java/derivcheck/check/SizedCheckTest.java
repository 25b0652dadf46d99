package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Chain;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import org.junit.jupiter.api.Test;

/** Vector claims through the kernel: components at several sizes, added up into one verdict that names its scope. */
class SizedCheckTest {
  static Verdict check(String latex, CheckOptions options) throws Exception {
    Chain c = new LatexParser(ParseOptions.defaults()).parseChain(latex);
    return new Kernel(options).checkNow(new Step(c.terms().get(0), c.relations().get(0), c.terms().get(1),
        c.conditions(), Definitions.builtinsOnly()));
  }

  @Test
  void aTrueVectorClaimIsProvedForTheSizesItWasCheckedAt() throws Exception {
    // the index algebra has no rule for sigma, so only the sizes written out are proved
    Verdict v = check("\\sigma(\\mathbf{x} + c) = \\frac{1}{1 + e^{-\\mathbf{x} - c}}", CheckOptions.defaults());
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("for n = 1..6 (21 components symbolically"), v::detail);
    assertTrue(v.detail().contains("numeric agreement for n = 1..6"), v::detail);
    assertTrue(!v.detail().contains("for all n"), v::detail);
  }

  @Test
  void withoutSymbolicProofsItIsConfirmedForTheSizes() throws Exception {
    Verdict v = check("\\nabla_{\\mathbf{x}} \\|\\mathbf{x}\\|_2^2 = 2\\mathbf{x}", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("numeric agreement for n = 1..6"), v::detail);
    assertTrue(v.detail().contains("central differences agree"), v::detail);
  }

  @Test
  void aFalseVectorClaimIsRefutedWithTheSizeTheIndicesAndThePoint() throws Exception {
    Verdict v = check("\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j} = S(\\mathbf{x})_i - S(\\mathbf{x})_i"
        + " S(\\mathbf{x})_j", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("at n = 2, i = 1, j = 2, "), v::detail);
    var point = v.counterexample().orElseThrow().point();
    assertEquals(2, point.get(new Var("n")).intValue());
    assertTrue(point.keySet().stream().anyMatch(k -> Points.name(k).equals("\\mathbf{x}_{1}")), point::toString);
  }

  @Test
  void aShapeErrorIsAnErrorInWords() throws Exception {
    Verdict v = check("\\mathbf{A} + \\mathbf{x} = \\mathbf{x}", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.ERROR, v.kind(), v::toString);
    assertEquals("cannot add a vector of length n to an n x n matrix", v.detail());
  }

  @Test
  void aFreeIndexWithoutARangeIsUnknown() throws Exception {
    Verdict v = check("\\mathbf{1}_{i = j} = \\mathbf{1}_{j = i}", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.UNKNOWN, v.kind(), v::toString);
    assertTrue(v.detail().contains("has no range"), v::detail);
  }

  @Test
  void notEqualIsProvedByAWitnessAtSomeSize() throws Exception {
    Verdict v = check("S(c\\mathbf{x}) \\neq S(\\mathbf{x})", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("by a witness where the sides differ: at n = 2"), v::detail);
  }

  @Test
  void theSymbolicCapIsStatedWhenLargerSizesAreOnlyNumeric() throws Exception {
    // the index algebra does not differentiate sin, so only the sizes written out are proved
    Verdict v = check("\\frac{\\partial \\sin(\\mathbf{x})}{\\partial \\mathbf{x}} = \\text{Diag}(\\cos(\\mathbf{x}))",
        CheckOptions.defaults());
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("for n = 1..4 (30 components symbolically"), v::detail);
    assertTrue(v.detail().contains("numeric agreement for n = 1..6"), v::detail);
    assertTrue(v.detail().contains("only numeric evidence beyond"), v::detail);
  }

  @Test
  void scalarClaimsStayOnTheScalarPath() throws Exception {
    Verdict v = check("\\sigma'(x) = \\sigma(x)(1-\\sigma(x))", CheckOptions.defaults());
    assertTrue(v.detail().startsWith("by "), v::detail);
    assertTrue(v.detail().contains("100 points agree"), v::detail);
  }

  @Test
  void sizesAndCountsAreDecidedByExactArithmetic() throws Exception {
    Verdict v = check("\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}", CheckOptions.defaults());
    assertEquals(Verdict.Kind.PROVED, v.kind(), v::toString);
    assertTrue(v.detail().startsWith("for n = 1..6 (6 components symbolically, by exact arithmetic)"), v::detail);
    Verdict wrong = check("\\sum_{i=1}^{n} i = n^2", KernelTest.NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, wrong.kind(), wrong::toString);
    assertTrue(wrong.detail().startsWith("at n = 2: left side 3, right side 4"), wrong::detail);
  }

  @Test
  void coverageIsWrittenAsRanges() {
    assertEquals("1..6", Coverage.ranges(java.util.List.of(1, 2, 3, 4, 5, 6)));
    assertEquals("2, 3, 5", Coverage.ranges(java.util.List.of(2, 3, 5)));
    assertEquals("1..3, 5", Coverage.ranges(java.util.List.of(1, 2, 3, 5)));
  }
}
