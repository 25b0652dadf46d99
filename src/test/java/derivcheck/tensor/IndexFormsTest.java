package derivcheck.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Chain;
import derivcheck.index.IndexClaim;
import derivcheck.index.IndexProver;
import derivcheck.lib.Definitions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Claims written entry-wise with symbolic sizes, and what the index algebra makes of them. */
class IndexFormsTest {
  static Optional<IndexClaim> claim(String latex, Definitions defs) {
    Chain c = Claims.chain(latex);
    return TensorClaims.indexClaim(c.terms().get(0), c.terms().get(1), c.conditions(), defs);
  }

  static boolean proved(String latex, Definitions defs) {
    var c = claim(latex, defs);
    assertTrue(c.isPresent(), () -> "no index form of " + latex);
    return IndexProver.prove(c.get()).proved();
  }

  static Definitions shift() {
    return Definitions.builtinsOnly()
        .withDeclaration(Claims.expr("S \\in \\mathbb{R}^{n \\times n}"))
        .withDeclaration(Claims.expr("i \\in \\{0, \\dots, n-1\\}"))
        .withEntries(new Definitions.EntryDef((derivcheck.expr.Indexed) Claims.expr("S_{ij}"),
            Claims.expr("\\mathbf{1}_{i = (j + 1) \\bmod n}"), List.of()))
        .withEntries(new Definitions.EntryDef((derivcheck.expr.Indexed) Claims.expr("(\\mathbf{x} * \\mathbf{w})_i"),
            Claims.expr("\\sum_{k=0}^{n-1} x_k w_{(i-k) \\bmod n}"), List.of()));
  }

  @Test
  void aMatrixClaimGetsFreeRowAndColumnIndicesOverItsRows() {
    var c = claim("C_{\\mathbf{a}} S = S C_{\\mathbf{a}}", shift()).orElseThrow();
    assertEquals(List.of("row", "column"), List.copyOf(c.free().keySet()));
    assertEquals("n", c.sizes().keySet().iterator().next());
    assertTrue(c.entryRanges().containsKey("\\mathbf{a}"), c.entryRanges()::toString);
  }

  @Test
  void circulantsCommuteWithTheShiftButNotWithItsTranspose() {
    assertTrue(proved("C_{\\mathbf{a}} S = S C_{\\mathbf{a}}", shift()));
    assertFalse(proved("C_{\\mathbf{a}} S = S^\\top C_{\\mathbf{a}}", shift()));
  }

  @Test
  void convolutionIsACirculantTimesTheVectorAndCommutes() {
    assertTrue(proved("\\mathbf{x} * \\mathbf{w} = C_{\\mathbf{w}} \\mathbf{x}", shift()));
    assertFalse(proved("\\mathbf{x} * \\mathbf{w} = C_{\\mathbf{w}}^\\top \\mathbf{x}", shift()));
    assertTrue(proved("\\mathbf{x} * \\mathbf{w} = \\mathbf{w} * \\mathbf{x}", shift()));
  }

  @Test
  void theSoftmaxJacobian() {
    var none = Definitions.builtinsOnly();
    assertTrue(proved("\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j} = S(\\mathbf{x})_i \\mathbf{1}_{i=j}"
        + " - S(\\mathbf{x})_i S(\\mathbf{x})_j", none));
    assertTrue(proved("\\frac{\\partial S(\\mathbf{x})}{\\partial \\mathbf{x}} = \\operatorname{Diag}(S(\\mathbf{x}))"
        + " - S(\\mathbf{x}) S(\\mathbf{x})^\\top", none));
    assertFalse(proved("\\frac{\\partial S(\\mathbf{x})}{\\partial \\mathbf{x}} = \\operatorname{Diag}(S(\\mathbf{x}))"
        + " - S(\\mathbf{x})^\\top S(\\mathbf{x})", none));
  }

  @Test
  void anEntryOfAComputedVectorCarriesItsRange() {
    // (C_a x)_{i+1} reads as 0 at i = n - 1 in the sized expansion, so this is false there; without the range the
    // two sides would have the same normal form
    var defs = Definitions.builtinsOnly().withDeclaration(Claims.expr("i \\in \\{0, \\dots, n-1\\}"));
    var c = claim("(C_{\\mathbf{a}} \\mathbf{x})_{i+1} = \\sum_{k=0}^{n-1} a_{(i+1-k) \\bmod n} x_k", defs);
    assertTrue(c.isPresent());
    assertFalse(IndexProver.prove(c.get()).proved());
    assertTrue(proved("(C_{\\mathbf{a}} \\mathbf{x})_{i} = \\sum_{k=0}^{n-1} a_{(i-k) \\bmod n} x_k", defs));
  }

  @Test
  void claimsWithSideConditionsOrRandomStandInsAreLeftToTheSizedCheck() {
    assertTrue(claim("M = C_{\\mathbf{m}} \\quad \\text{for } MS = SM, \\; M \\in \\mathbb{R}^{n \\times n}", shift())
        .isEmpty());
    assertTrue(claim("J_F(x) = J_g(f(x))\\,J_f(x) \\quad \\text{for } x \\in \\mathbb{R}^\\ell,"
        + " f : \\mathbb{R}^\\ell \\to \\mathbb{R}^m, g : \\mathbb{R}^m \\to \\mathbb{R}^n, F = g \\circ f",
        Definitions.builtinsOnly()).isEmpty());
  }

  @Test
  void gradientsOfNormsAndSizesWithSubscripts() {
    var none = Definitions.builtinsOnly();
    assertTrue(proved("\\nabla_{\\mathbf{x}} \\|\\mathbf{x}\\|_2^2 = 2\\mathbf{x}", none));
    assertFalse(proved("\\nabla_{\\mathbf{x}} \\|\\mathbf{x}\\|_2^2 = \\mathbf{x}", none));
    String sized = " \\quad \\text{for } \\mathbf{W} \\in \\mathbb{R}^{d_h \\times d}, \\; \\mathbf{x} \\in \\mathbb{R}^{d}";
    var c = claim("(\\mathbf{W} \\mathbf{x})_i = \\sum_{k=1}^{d} W_{ik} x_k" + sized, none).orElseThrow();
    assertTrue(c.sizes().containsKey("d_{h}"), c.sizes()::toString);
    assertTrue(IndexProver.prove(c).proved(), () -> IndexProver.prove(c).reason());
    // i subscripts things of lengths d_h and d here: the sized check takes the shorter, the algebra declines
    assertTrue(claim("(\\mathbf{W} \\mathbf{x})_i = \\sum_{k=1}^{d} W_{ki} x_k" + sized, none).isEmpty());
    assertFalse(proved("(\\mathbf{W} \\mathbf{x})_i = \\sum_{k=1}^{d} W_{ik} x_1" + sized, none));
  }

  @Test
  void convolutionIsShiftEquivariant() {
    var c = claim("(S\\mathbf{x}) * \\mathbf{w} = S(\\mathbf{x} * \\mathbf{w})", shift());
    assertTrue(c.isPresent());
    var r = IndexProver.prove(c.get());
    assertTrue(r.proved(), r::reason);
    var wrong = claim("(S\\mathbf{x}) * \\mathbf{w} = S^\\top (\\mathbf{x} * \\mathbf{w})", shift());
    assertTrue(wrong.isEmpty() || !IndexProver.prove(wrong.get()).proved());
    assertFalse(proved("(S\\mathbf{x}) * \\mathbf{w} = \\mathbf{x} * (S \\mathbf{w}) + \\mathbf{x}", shift()));
  }
}
