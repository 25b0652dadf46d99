package derivcheck.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.lib.Definitions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sizes and indices a claim is checked at, and what the components are. */
class PlannerTest {
  @Test
  void oneSizeSymbolRunsOverOneToSix() {
    var p = Claims.cases("S(\\mathbf{x} + c) = S(\\mathbf{x})");
    assertEquals(List.of("n"), p.sizeNames());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), p.cases().stream().map(c -> c.sizes().get("n")).toList());
    assertEquals(21, p.cases().stream().mapToInt(c -> c.components().size()).sum(), "1 + 2 + ... + 6 entries");
  }

  @Test
  void freeIndicesRunOverTheirRangeAtEachSize() {
    var p = Claims.cases("\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j} = S(\\mathbf{x})_i \\mathbf{1}_{i=j}"
        + " - S(\\mathbf{x})_i S(\\mathbf{x})_j");
    var n3 = p.cases().get(2);
    assertEquals(9, n3.components().size());
    assertEquals("n = 3, i = 2, j = 1", n3.components().get(3).label());
  }

  @Test
  void anIndexOnOneSideOnlyIsNamedInTheNotes() {
    var p = Claims.cases("\\sum_{i=1}^{n} \\mathbf{x}_i = \\sum_{i=1}^{n} \\mathbf{x}_k");
    assertTrue(p.notes().contains("the index k appears only on the right side; the claim is read for every k"),
        p.notes()::toString);
    var both = Claims.cases("\\mathbf{x}_i = \\mathbf{x}_i");
    assertTrue(both.notes().stream().noneMatch(n -> n.contains("appears only")), both.notes()::toString);
  }

  @Test
  void aFreeIndexWithoutARangeIsUndecidedWithAReason() {
    var u = assertInstanceOf(Plan.Undecidable.class, Claims.plan("\\mathbf{1}_{i = j} = \\mathbf{1}_{j = i}"));
    assertTrue(u.reason().contains("no range") || u.reason().contains("indicator"), u::reason);
  }

  @Test
  void aPlainLetterWithAnIndexIsAVectorOnlyWhenDeclared() {
    var u = assertInstanceOf(Plan.Undecidable.class,
        Claims.plan("\\frac{\\partial}{\\partial x_j} \\sum_{i=1}^{n} x_i^2 = 2 x_j"));
    assertTrue(u.reason().contains("x is not a vector here"), u::reason);
    var p = Claims.cases("\\frac{\\partial}{\\partial x_j} \\sum_{i=1}^{n} x_i^2 = 2 x_j \\quad \\text{for } x \\in"
        + " \\mathbb{R}^n");
    assertEquals(21, p.cases().stream().mapToInt(c -> c.components().size()).sum());
  }

  @Test
  void sizesWhereAListCannotBeFormedAreSkipped() {
    var p = Claims.cases("S(\\mathbf{x}) = S([0, y_1, \\dots, y_{K-1}]^\\top) \\quad \\text{where } y_i = x_{i+1} - x_1,"
        + " \\; \\mathbf{x} \\in \\mathbb{R}^K");
    assertEquals(List.of("K"), p.sizeNames());
    assertEquals(2, p.cases().get(0).sizes().get("K"));
    assertTrue(p.skipped().get(0).startsWith("K = 1: "), () -> p.skipped().toString());
  }

  @Test
  void sizeConditionsFilterSizes() {
    var p = Claims.cases("\\mathbf{x} = \\mathbf{x} \\quad \\text{for } n \\geq 3");
    assertEquals(3, p.cases().get(0).sizes().get("n"));
    assertEquals(4, p.cases().size());
  }

  @Test
  void severalSizeSymbolsAreCappedAndMixed() {
    var p = Claims.cases("\\mathbf{W}\\mathbf{x} = \\mathbf{W}\\mathbf{x} \\quad \\text{for } \\mathbf{W} \\in"
        + " \\mathbb{R}^{m \\times n}");
    assertEquals(TensorClaims.Limits.defaults().maxCases(), p.cases().size());
    assertTrue(p.cases().stream().anyMatch(c -> !c.sizes().get("m").equals(c.sizes().get("n"))), "mixed sizes too");
  }

  @Test
  void indicesCountFromZeroWhenTheClaimSaysSo() {
    var p = Claims.cases("(C_{\\mathbf{a}})_{ij} = a_{(i-j) \\bmod n} \\quad \\text{for } i \\in \\{0, \\dots, n-1\\}");
    assertEquals("n = 2, i = 0, j = 1", p.cases().get(1).components().get(1).label());
  }

  @Test
  void aFileCanDefineAMatrixByItsEntries() {
    var defs = Definitions.builtinsOnly()
        .withDeclaration(Claims.expr("S \\in \\mathbb{R}^{n \\times n}"))
        .withDeclaration(Claims.expr("i \\in \\{0, \\dots, n-1\\}"))
        .withEntries(new Definitions.EntryDef((derivcheck.expr.Indexed) Claims.expr("S_{ij}"),
            Claims.expr("\\mathbf{1}_{i = (j + 1) \\bmod n}"), List.of()));
    var p = Claims.cases("C_{\\mathbf{a}} S = S C_{\\mathbf{a}}", defs);
    assertEquals(6, p.cases().size());
    assertEquals(36, p.cases().get(5).components().size());
  }

  @Test
  void aLinearConditionBetweenMatricesIsSolved() {
    var defs = Definitions.builtinsOnly()
        .withDeclaration(Claims.expr("S \\in \\mathbb{R}^{n \\times n}"))
        .withEntries(new Definitions.EntryDef((derivcheck.expr.Indexed) Claims.expr("S_{ij}"),
            Claims.expr("\\mathbf{1}_{(i - j - 1) \\bmod n = 0}"), List.of()));
    var p = Claims.cases("M = C_{\\mathbf{m}} \\quad \\text{for } MS = SM, \\; M \\in \\mathbb{R}^{n \\times n}, \\;"
        + " \\mathbf{m} = (M_{1,1}, \\dots, M_{n,1})", defs);
    for (var c : p.cases()) {
      for (var comp : c.components()) assertEquals(comp.lhs(), comp.rhs(), comp::label);
    }
  }

  @Test
  void declaredFunctionsGetSeveralRandomDraws() {
    var p = Claims.cases("J_F(x) = J_h(g(f(x)))\\,J_g(f(x))\\,J_f(x) \\quad \\text{for } x \\in \\mathbb{R}^\\ell,"
        + " f : \\mathbb{R}^\\ell \\to \\mathbb{R}^m, g : \\mathbb{R}^m \\to \\mathbb{R}^n, h : \\mathbb{R}^n \\to"
        + " \\mathbb{R}^o, F = h \\circ g \\circ f");
    assertEquals(3, p.draws());
  }
}
