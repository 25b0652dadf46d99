package derivcheck.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.lib.Lowering;
import derivcheck.lib.Variables;
import derivcheck.numeric.DoubleCompiler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in vector operations, each written out at a small size and evaluated. */
class ExpansionRulesTest {
  /** The value of a scalar entry with the unknowns set to x_k = k / 2, w_k = k / 4, W_{kl} = k / 2 - 0.3 l, others 0.7. */
  static double value(Expr e) {
    try {
      Expr lowered = Lowering.forNumeric(e, Definitions.builtinsOnly());
      List<Expr> vars = new ArrayList<>(Variables.free(lowered));
      double[] point = new double[vars.size()];
      for (int k = 0; k < vars.size(); k++) point[k] = pointValue(vars.get(k));
      return DoubleCompiler.compile(lowered, vars).eval(point);
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
  }

  static double pointValue(Expr unknown) {
    if (unknown instanceof Indexed i && i.base() instanceof Var v) {
      double k = ((Num) i.indices().get(0)).value().doubleValue();
      double l = i.indices().size() > 1 ? ((Num) i.indices().get(1)).value().doubleValue() : 0;
      return (v.name().contains("w") ? 0.25 : 0.5) * k - 0.3 * l;
    }
    return 0.7;
  }

  static double[] values(Tensor t) {
    double[] out = new double[t.entries().size()];
    for (int k = 0; k < out.length; k++) out[k] = value(t.entries().get(k));
    return out;
  }

  @Test
  void softmaxEntriesAreExponentialsOverTheirSum() throws Exception {
    double[] s = values(Claims.expand("S(\\mathbf{x})", 3));
    double a = Math.exp(1);
    double b = Math.exp(1.5);
    double c = Math.exp(0.5);
    assertEquals(c / (a + b + c), s[0], 1e-12);
    assertEquals(b / (a + b + c), s[2], 1e-12);
    assertEquals(1.0, s[0] + s[1] + s[2], 1e-12);
  }

  @Test
  void diagMakesADiagonalMatrixAndReadsADiagonal() throws Exception {
    Tensor d = Claims.expand("\\text{Diag}(\\mathbf{p})", 2);
    assertEquals(List.of(0.5, 0.0, 0.0, 1.0), boxed(values(d)));
    Tensor back = Claims.expand("\\text{diag}(\\text{Diag}(\\mathbf{p}))", 2);
    assertEquals(Tensor.Kind.COLUMN, back.kind());
  }

  @Test
  void theCirculantHasAAsFirstColumnAndShiftsItDown() throws Exception {
    Tensor c = Claims.expand("C_{\\mathbf{a}}", 3);
    // a = (0.5, 1, 1.5): columns (a_1, a_2, a_3), (a_3, a_1, a_2), (a_2, a_3, a_1)
    assertEquals(List.of(0.5, 1.5, 1.0, 1.0, 0.5, 1.5, 1.5, 1.0, 0.5), boxed(values(c)));
  }

  @Test
  void flipReversesAVector() throws Exception {
    assertEquals(List.of(1.5, 1.0, 0.5), boxed(values(Claims.expand("\\text{flip}(\\mathbf{x})", 3))));
  }

  @Test
  void theStarIsTheValidConvolutionOfDeepLearning() throws Exception {
    Tensor t = Claims.expand("\\mathbf{x} * [1, 2]", 3);
    // (x * w)_i = x_i w_1 + x_{i+1} w_2, length 3 - 2 + 1
    assertEquals(List.of(0.5 + 2 * 1.0, 1.0 + 2 * 1.5), boxed(values(t)));
  }

  @Test
  void theTildeStarIsTheFullConvolution() throws Exception {
    Tensor t = Claims.expand("\\mathbf{x} \\tilde{*} [1, 2]", 2);
    // (x ~* w)_m = sum_j x_{m+j-2} w_j with x_0 = x_3 = 0: x_1 w_2, x_1 w_1 + x_2 w_2, x_2 w_1; length 2 + 2 - 1
    assertEquals(List.of(2 * 0.5, 0.5 + 2 * 1.0, 1.0), boxed(values(t)));
  }

  @Test
  void maxAndMinOverAnIndexRunOverTheVector() throws Exception {
    assertEquals(1.5, value(Claims.expand("\\max_i \\mathbf{x}_i", 3).value()), 1e-12);
    assertEquals(0.5, value(Claims.expand("\\min_k \\mathbf{x}_k", 3).value()), 1e-12);
  }

  @Test
  void theCircledStarIsTheCircularConvolution() throws Exception {
    Tensor t = Claims.expand("\\mathbf{x} \\circledast [1, 2, 3]", 3);
    // (x o* w)_i = sum_k x_k w_{(i-k) mod 3}, counted from the first entry: x = (0.5, 1, 1.5)
    assertEquals(List.of(0.5 * 1 + 1.0 * 3 + 1.5 * 2, 0.5 * 2 + 1.0 * 1 + 1.5 * 3, 0.5 * 3 + 1.0 * 2 + 1.5 * 1),
        boxed(values(t)));
    assertThrows(ShapeError.class, () -> Claims.expand("\\mathbf{x} \\circledast [1, 2]", 3));
  }

  @Test
  void aKernelLongerThanItsInputDoesNotFitThatSize() {
    assertThrows(SizeDoesNotFit.class, () -> Claims.expand("\\mathbf{x} * [1, 2, 3]", 2));
  }

  @Test
  void normsAndTheirSquares() throws Exception {
    assertEquals(0.25 + 1 + 2.25, value(Claims.expand("\\|\\mathbf{x}\\|_2^2", 3).value()), 1e-12);
    assertEquals(Math.sqrt(3.5), value(Claims.expand("\\|\\mathbf{x}\\|", 3).value()), 1e-12);
    assertEquals(3.0, value(Claims.expand("\\|\\mathbf{x}\\|_1", 3).value()), 1e-12);
    assertEquals(1.5, value(Claims.expand("\\|\\mathbf{x}\\|_\\infty", 3).value()), 1e-12);
  }

  @Test
  void hadamardAndBroadcastScalars() throws Exception {
    assertEquals(List.of(0.25, 1.0), boxed(values(Claims.expand("\\mathbf{x} \\odot \\mathbf{x}", 2))));
    assertEquals(List.of(1.5, 2.0), boxed(values(Claims.expand("\\mathbf{x} + 1", 2))));
    assertEquals(List.of(1.5, 1.5), boxed(values(Claims.expand("(\\mathbf{1}^\\top \\mathbf{x}) \\mathbf{1} + \\mathbf{0} \\odot \\mathbf{x}", 2))));
  }

  @Test
  void indicatorsOfIndicesAreZeroOrOneAndOfValuesUseSign() throws Exception {
    assertEquals(Num.ONE, Claims.expand("\\mathbf{1}_{2 = 2}", 1).value());
    assertEquals(Num.ZERO, Claims.expand("\\mathbf{1}_{(3 + 1) \\bmod 4 = 1}", 1).value());
    assertEquals(1.0, value(Claims.expand("\\mathbf{1}_{x > 0}", 1).value()), 0); // x = 0.7
    assertEquals(0.0, value(Claims.expand("\\mathbf{1}_{x < 0}", 1).value()), 0);
    assertEquals(1.0, value(Claims.expand("\\mathbf{1}_{x \\neq 0}", 1).value()), 0);
  }

  @Test
  void dotsAreFilledFromTheirNeighbours() throws Exception {
    Tensor t = Claims.expand("[0, y_1, \\dots, y_{K-1}]", 4);
    assertEquals(4, t.length());
    assertEquals("Indexed[base=Var[name=y], indices=[Num[value=3]]]", t.at(3).toString());
    assertThrows(SizeDoesNotFit.class, () -> Claims.expand("[0, y_1, \\dots, y_{K-1}]", 1));
    assertThrows(NotSupported.class, () -> Claims.expand("(0, 1, 0, \\dots, 0)", 4));
  }

  @Test
  void jacobianEntriesAreDerivativesOfEntries() throws Exception {
    Tensor j = Claims.expand("\\frac{\\partial \\sigma(\\mathbf{x})}{\\partial \\mathbf{x}}", 2);
    assertEquals(Tensor.Kind.MATRIX, j.kind());
    double s = 1 / (1 + Math.exp(-0.5));
    assertEquals(s * (1 - s), value(j.at(0, 0)), 1e-12);
    assertEquals(0.0, value(j.at(0, 1)), 1e-12);
  }

  @Test
  void theGradientOfAScalarIsAColumnShapedLikeTheVariable() throws Exception {
    Tensor g = Claims.expand("\\nabla_{\\mathbf{x}} \\|\\mathbf{x}\\|_2^2", 3);
    assertEquals(Tensor.Kind.COLUMN, g.kind());
    assertEquals(List.of(1.0, 2.0, 3.0), boxed(values(g)));
    Tensor w = Claims.expand("\\frac{\\partial}{\\partial \\mathbf{W}} \\mathbf{x}^\\top \\mathbf{W} \\mathbf{x}", 2);
    assertEquals(Tensor.Kind.MATRIX, w.kind());
  }

  @Test
  void entriesOutsideAVectorReadAsZeroWithANote() throws Exception {
    Expr e = Claims.expr("x_{n+1}");
    var scope = ClaimScope.of(Claims.expr("\\mathbf{x}"), e, List.of(), Definitions.builtinsOnly());
    var sizes = new java.util.HashMap<Expr, Integer>();
    for (Expr s : scope.sizeSymbols) sizes.put(s, 2);
    Env env = new Env(sizes, 1);
    assertEquals(Num.ZERO, new Expander(scope).expand(e, env).value());
    assertTrue(env.notes.iterator().next().contains("read as 0"), env.notes::toString);
  }

  @Test
  void aSumFromZeroOverASubscriptCountsIndicesFromZero() {
    var scope = scopeOf("\\sum_{k=0}^{n-1} x_k = \\mathbf{1}^\\top \\mathbf{x}");
    assertEquals(0, scope.base);
    assertEquals(1, scopeOf("\\sum_{k=1}^{n} x_k = \\mathbf{1}^\\top \\mathbf{x}").base);
  }

  @Test
  void aPlainLetterWithASubscriptIsAnEntryOfTheBoldVector() throws Exception {
    var p = Claims.cases("x_1 = \\mathbf{x}_1");
    for (var c : p.cases()) {
      for (var comp : c.components()) assertEquals(comp.lhs(), comp.rhs(), comp::label);
    }
  }

  static ClaimScope scopeOf(String latex) {
    var c = Claims.chain(latex);
    try {
      return ClaimScope.of(c.terms().get(0), c.terms().get(1), c.conditions(), Definitions.builtinsOnly());
    } catch (NotSupported e) {
      throw new AssertionError(e);
    }
  }

  private static List<Double> boxed(double[] a) {
    var out = new ArrayList<Double>();
    for (double d : a) out.add(d);
    return out;
  }
}
