package derivcheck.numeric;

import static derivcheck.numeric.Trees.add;
import static derivcheck.numeric.Trees.call;
import static derivcheck.numeric.Trees.div;
import static derivcheck.numeric.Trees.mul;
import static derivcheck.numeric.Trees.neg;
import static derivcheck.numeric.Trees.num;
import static derivcheck.numeric.Trees.pow;
import static derivcheck.numeric.Trees.sub;

import derivcheck.expr.Abs;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Var;
import java.util.List;

/**
 * Not a unit test: a benchmark to run by hand.
 *
 * <pre>
 * mvn -o -q test-compile &amp;&amp; java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/apfloat/apfloat/1.12.0/apfloat-1.12.0.jar derivcheck.numeric.EvalBenchmark
 * </pre>
 *
 * Reports nanoseconds per point for compiled double evaluation of a 40-odd node expression, and milliseconds per
 * high-precision evaluation (with and without a numerical derivative).
 */
public final class EvalBenchmark {
  private EvalBenchmark() {}

  public static void main(String[] args) {
    Var x = new Var("x");
    Var w = new Var("w");
    Var b = new Var("b");
    Var y = new Var("y");
    List<Expr> vars = List.of(x, w, b, y);
    Expr z = add(mul(w, x), b);
    // (sigma(wx+b) - y) x + softplus(wx+b) - y (wx+b) + tanh(x)^2 e^{-x^2/2} + sqrt(1 + x^2) / (1 + |w|)
    Expr e = add(
        mul(sub(call("\\sigma", z), y), x),
        call("\\operatorname{softplus}", z),
        neg(mul(y, z)),
        mul(pow(call("\\tanh", x), num(2)), pow(Const.E, neg(div(pow(x, num(2)), num(2))))),
        div(call("\\sqrt", add(num(1), pow(x, num(2)))), add(num(1), new Abs(w))));
    System.out.println("expression nodes: " + Exprs.size(e));

    CompiledExpr compiled;
    try {
      compiled = DoubleCompiler.compile(e, vars);
    } catch (UnsupportedExpressionException ex) {
      throw new IllegalStateException(ex);
    }
    int n = 1 << 16;
    double[][] points = new double[n][];
    Sampler sampler = new Sampler(42);
    for (int i = 0; i < n; i++) points[i] = sampler.next(vars.size());

    double sink = 0;
    for (int round = 0; round < 12; round++) {
      long start = System.nanoTime();
      for (int rep = 0; rep < 8; rep++) {
        for (double[] p : points) sink += compiled.eval(p);
      }
      double ns = (System.nanoTime() - start) / (8.0 * n);
      if (round >= 6) System.out.printf("compiled double: %.1f ns per point%n", ns);
    }

    PreciseEvaluator precise = new PreciseEvaluator();
    var point = PreciseEvaluator.point(vars, points[0]);
    Expr derivative = new Deriv(e, w, 1, true);
    Expr second = new Deriv(e, w, 2, true);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) precise.eval(e, point);
      double plain = (System.nanoTime() - start) / 5e6;
      start = System.nanoTime();
      for (int i = 0; i < 5; i++) precise.eval(derivative, point);
      double first = (System.nanoTime() - start) / 5e6;
      start = System.nanoTime();
      precise.eval(second, point);
      double secondMs = (System.nanoTime() - start) / 1e6;
      System.out.printf("precise (60 digits): %.2f ms plain, %.1f ms with d/dw, %.1f ms with d^2/dw^2%n", plain,
          first, secondMs);
    }
    System.out.println("value at the first point: " + compiled.eval(points[0]) + " / " + precise.eval(e, point)
        + " (checksum " + sink + ")");
  }
}
