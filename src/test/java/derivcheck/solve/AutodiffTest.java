package derivcheck.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import derivcheck.solve.autodiff.Autodiff;
import derivcheck.solve.autodiff.AutodiffReport;
import derivcheck.solve.autodiff.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 002 Q4: the computation graph and the three Jacobians at w = (1, 2), with the numbers checked by hand. */
class AutodiffTest {
  private static Expr parse(String latex) throws Exception {
    return new LatexParser(ParseOptions.defaults()).parseExpr(latex);
  }

  private static double sigma(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double f1(double a, double b) {
    return Math.cos(a) * Math.cos(b) + sigma(b);
  }

  private static double f2(double a, double b) {
    return Math.log(a + b) + a * a * b;
  }

  @Test
  void sheetTwoQuestionFour() throws Exception {
    var w1 = parse("w_1");
    var w2 = parse("w_2");
    var fs = List.of(
        new Autodiff.Function("f_1", parse("\\cos(w_1)\\cos(w_2) + \\sigma(w_2)")),
        new Autodiff.Function("f_2", parse("\\ln(w_1+w_2) + w_1^2 w_2")));
    var t = Autodiff.compute(fs, List.of(w1, w2), List.of(Num.ONE, Num.TWO), 0.01,
        new Kernel(CheckOptions.defaults()), Definitions.builtinsOnly());

    // Graph: 2 inputs, cos, cos, product, sigma, sum | sum, ln, square, product, sum.
    assertEquals(12, t.graph().nodes().size());
    assertEquals(List.of(6, 11), t.graph().outputs());
    Graph.Node cos1 = t.graph().node(2);
    assertEquals("\\cos(v_{1})", derivcheck.render.LatexPrinter.print(cos1.op()));

    // Values of f.
    assertEquals(f1(1, 2), t.values()[6], 1e-12);
    assertEquals(f2(1, 2), t.values()[11], 1e-12);
    assertEquals(0.6559521, t.values()[6], 1e-6);
    assertEquals(3.0986123, t.values()[11], 1e-6);

    // The exact Jacobian, by hand.
    double[][] exact = {
        {-Math.sin(1) * Math.cos(2), -Math.cos(1) * Math.sin(2) + sigma(2) * (1 - sigma(2))},
        {1.0 / 3 + 2 * 1 * 2, 1.0 / 3 + 1}};
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(exact[i], t.jacobian()[i], 1e-12, "exact row " + i);
      assertArrayEquals(exact[i], java.util.Arrays.copyOf(t.adjoints()[i], 2), 1e-12, "reverse mode row " + i);
      for (int j = 0; j < 2; j++) {
        assertEquals(exact[i][j], t.tangents()[j][t.graph().outputs().get(i)], 1e-12, "forward mode " + i + j);
        assertTrue(t.verdicts()[i][j].kind().holds(), t.verdicts()[i][j].toString());
      }
    }
    // Forward differences with delta w = 0.01, computed independently.
    double[][] fd = {
        {(f1(1.01, 2) - f1(1, 2)) / 0.01, (f1(1, 2.01) - f1(1, 2)) / 0.01},
        {(f2(1.01, 2) - f2(1, 2)) / 0.01, (f2(1, 2.01) - f2(1, 2)) / 0.01}};
    for (int i = 0; i < 2; i++) assertArrayEquals(fd[i], t.finiteDifferences()[i], 1e-12);
    assertTrue(t.worstFiniteDifferenceError() < 0.02 && t.worstFiniteDifferenceError() > 1e-4);

    String text = AutodiffReport.text(t);
    assertTrue(text.contains("v_{3}") && text.contains("0.350175") && text.contains("4.352779"), text);
    String tex = AutodiffReport.latexDocument(t);
    assertTrue(tex.contains("\\begin{tabular}") && tex.endsWith("\\end{document}\n"));
  }

  @Test
  void aSharedSubexpressionIsOneNode() throws Exception {
    var x = parse("x");
    var g = Graph.of(List.of(x), List.of(parse("\\sin(x^2) + x^2")));
    assertEquals(4, g.nodes().size()); // x, x^2, sin, sum
  }
}
