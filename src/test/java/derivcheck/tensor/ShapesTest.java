package derivcheck.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shapes of expanded values, and shape errors in words. */
class ShapesTest {
  @Test
  void boldLowercaseIsAColumnAndBoldUppercaseASquareMatrixOfTheImplicitSize() throws Exception {
    Tensor x = Claims.expand("\\mathbf{x}", 3);
    assertEquals(Tensor.Kind.COLUMN, x.kind());
    assertEquals(3, x.length());
    Tensor a = Claims.expand("\\mathbf{A}", 3);
    assertEquals(Tensor.Kind.MATRIX, a.kind());
    assertEquals(9, a.entries().size());
    assertEquals("an n x n matrix", a.describe());
  }

  @Test
  void productsFollowTheShapes() throws Exception {
    assertEquals(Tensor.Kind.MATRIX, Claims.expand("\\mathbf{p}\\mathbf{p}^\\top", 3).kind());
    assertEquals(Tensor.Kind.SCALAR, Claims.expand("\\mathbf{p}^\\top\\mathbf{p}", 3).kind());
    assertEquals(Tensor.Kind.COLUMN, Claims.expand("\\mathbf{A}\\mathbf{x}", 3).kind());
    assertEquals(Tensor.Kind.ROW, Claims.expand("\\mathbf{x}^\\top\\mathbf{A}", 3).kind());
    assertEquals(Tensor.Kind.COLUMN, Claims.expand("c\\mathbf{x} + 1", 3).kind());
  }

  @Test
  void aListIsAColumnAlsoWithATranspose() throws Exception {
    assertEquals(Tensor.Kind.COLUMN, Claims.expand("[a, b]", 1).kind());
    assertEquals(Tensor.Kind.COLUMN, Claims.expand("[a, b]^\\top", 1).kind());
  }

  @Test
  void addingAVectorToAMatrixIsAShapeErrorInWords() {
    var e = assertThrows(ShapeError.class, () -> Claims.expand("\\mathbf{A} + \\mathbf{x}", 3));
    assertEquals("cannot add a vector of length n to an n x n matrix", e.getMessage());
  }

  @Test
  void multiplyingTwoColumnsSuggestsTheDotProduct() {
    var e = assertThrows(ShapeError.class, () -> Claims.expand("\\mathbf{x}\\mathbf{y}", 3));
    assertTrue(e.getMessage().startsWith("cannot multiply a vector of length n by a vector of length n"), e::getMessage);
    assertTrue(e.getMessage().contains("a^\\top b"), e::getMessage);
  }

  @Test
  void aShapeErrorAtEverySizeMakesTheClaimInvalid() {
    Plan p = Claims.plan("\\mathbf{A} + \\mathbf{x} = \\mathbf{x}");
    var bad = assertInstanceOf(Plan.Invalid.class, p);
    assertTrue(bad.message().contains("cannot add a vector of length n to an n x n matrix"), bad::message);
  }

  @Test
  void sidesOfDifferentShapesAreAShapeError() {
    var bad = assertInstanceOf(Plan.Invalid.class, Claims.plan("\\mathbf{p}\\mathbf{p}^\\top = \\mathbf{p}"));
    assertEquals("the left side is an n x n matrix but the right side is a vector of length n", bad.message());
  }

  @Test
  void sizesThatDoNotFitAreSkippedAndNamed() {
    // W x = x only makes sense for a square W: the sizes with m != n are skipped, with the reason.
    var p = Claims.cases("\\mathbf{W}\\mathbf{x} = \\mathbf{x} \\quad \\text{for } \\mathbf{W} \\in \\mathbb{R}^{m \\times n}");
    for (var c : p.cases()) assertEquals(c.sizes().get("m"), c.sizes().get("n"), c::label);
    assertTrue(p.skipped().stream().anyMatch(s -> s.contains("the left side is a vector of length m but the right"
        + " side is a vector of length n")), () -> String.valueOf(p.skipped()));
  }

  @Test
  void theLengthOfAVectorIsWrittenWithBars() throws Exception {
    Tensor t = Claims.expand("|\\mathbf{x}|", 4);
    assertEquals("4", t.value().toString().replaceAll("[^0-9]", ""));
  }
}
