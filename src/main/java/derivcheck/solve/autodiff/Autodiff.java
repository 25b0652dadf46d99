package derivcheck.solve.autodiff;

import derivcheck.check.Kernel;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.expr.Add;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Relation;
import derivcheck.lib.Definitions;
import derivcheck.lib.Differentiator;
import derivcheck.lib.LoweringException;
import derivcheck.lib.Substitution;
import derivcheck.numeric.DoubleCompiler;
import derivcheck.numeric.UnsupportedExpressionException;
import derivcheck.rules.Tidy;
import derivcheck.solve.Simplify;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Automatic differentiation by hand, the way the sheets ask for it (002 Q4): the computation graph's values at a
 * point, the Jacobian by forward differences, by forward mode (one tangent column per input) and by reverse mode
 * (one adjoint column per output). The exact Jacobian is the reverse-mode adjoints of the inputs, worked out
 * symbolically; the kernel checks each entry against the derivative of the function, for all inputs.
 */
public final class Autodiff {
  /** A function {@code name(params) = body} to differentiate; {@code body} free of user functions. */
  public record Function(String name, Expr body) {}

  /** All tables for one set of functions at one point. */
  public record Tables(List<Function> functions, List<Expr> inputs, double[] point, Graph graph, double[] values,
      double[][] tangents, double[][] adjoints, double[][] finiteDifferences, double delta, Expr[][] exact,
      Expr[][] exactAtPoint, double[][] jacobian, Verdict[][] verdicts) {

    /** The largest |finite difference - exact| over the Jacobian. */
    public double worstFiniteDifferenceError() {
      double worst = 0;
      for (int i = 0; i < jacobian.length; i++) {
        for (int j = 0; j < jacobian[i].length; j++) {
          worst = Math.max(worst, Math.abs(finiteDifferences[i][j] - jacobian[i][j]));
        }
      }
      return worst;
    }

    public boolean allVerified() {
      for (Verdict[] row : verdicts) for (Verdict v : row) if (!v.kind().holds()) return false;
      return true;
    }
  }

  private Autodiff() {}

  public static Tables compute(List<Function> functions, List<Expr> inputs, List<Expr> pointExprs, double delta,
      Kernel kernel, Definitions defs) throws UnsupportedExpressionException, LoweringException {
    int n = inputs.size();
    int m = functions.size();
    double[] point = new double[n];
    for (int j = 0; j < n; j++) point[j] = constant(pointExprs.get(j));
    var bodies = functions.stream().map(Function::body).toList();
    Graph g = Graph.of(inputs, bodies);
    List<Graph.Node> nodes = g.nodes();
    int size = nodes.size();

    // Values and local partial derivatives, symbolic in the node variables.
    double[] values = new double[size];
    Map<Expr, Expr> symbolic = new HashMap<>(); // v_k -> its expression in the inputs
    List<Map<Integer, Expr>> local = new ArrayList<>();
    for (Graph.Node node : nodes) {
      var partials = new HashMap<Integer, Expr>();
      if (node.isInput()) {
        values[node.index()] = point[node.index()];
        symbolic.put(node.name(), inputs.get(node.index()));
      } else {
        values[node.index()] = eval(node.op(), nodes, values);
        symbolic.put(node.name(), Substitution.apply(node.op(), symbolic));
        for (int c : node.children()) partials.put(c, Tidy.clean(Differentiator.d(node.op(), nodes.get(c).name())));
      }
      local.add(partials);
    }

    // Forward mode: one tangent per input direction.
    double[][] tangents = new double[n][size];
    for (int j = 0; j < n; j++) {
      for (Graph.Node node : nodes) {
        if (node.isInput()) {
          tangents[j][node.index()] = node.index() == j ? 1 : 0;
          continue;
        }
        double t = 0;
        for (var e : local.get(node.index()).entrySet()) {
          t += eval(e.getValue(), nodes, values) * tangents[j][e.getKey()];
        }
        tangents[j][node.index()] = t;
      }
    }

    // Reverse mode: one adjoint per output, numerically and symbolically.
    double[][] adjoints = new double[m][size];
    Expr[][] exact = new Expr[m][n];
    for (int i = 0; i < m; i++) {
      int out = g.outputs().get(i);
      Expr[] bar = new Expr[size];
      adjoints[i][out] = 1;
      bar[out] = derivcheck.expr.Num.ONE;
      for (int k = size - 1; k >= 0; k--) {
        if (bar[k] == null) continue;
        for (var e : local.get(k).entrySet()) {
          int c = e.getKey();
          adjoints[i][c] += adjoints[i][k] * eval(e.getValue(), nodes, values);
          Expr term = Mul.of(bar[k], Substitution.apply(e.getValue(), symbolic));
          bar[c] = bar[c] == null ? term : Add.of(bar[c], term);
        }
      }
      for (int j = 0; j < n; j++) {
        exact[i][j] = bar[j] == null ? derivcheck.expr.Num.ZERO : Simplify.light(bar[j]);
      }
    }

    // Finite differences: (f(w + delta e_j) - f(w)) / delta.
    double[][] fd = new double[m][n];
    var compiled = new ArrayList<derivcheck.numeric.CompiledExpr>();
    for (Expr b : bodies) compiled.add(DoubleCompiler.compile(b, inputs));
    for (int i = 0; i < m; i++) {
      double base = compiled.get(i).eval(point);
      for (int j = 0; j < n; j++) {
        double[] moved = point.clone();
        moved[j] += delta;
        fd[i][j] = (compiled.get(i).eval(moved) - base) / delta;
      }
    }

    // The exact Jacobian at the point, and the kernel's verdict on each entry (for all inputs, not just here).
    Map<Expr, Expr> at = new HashMap<>();
    for (int j = 0; j < n; j++) at.put(inputs.get(j), pointExprs.get(j));
    Expr[][] atPoint = new Expr[m][n];
    double[][] jac = new double[m][n];
    var pending = new ArrayList<CompletableFuture<Verdict>>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        atPoint[i][j] = Simplify.light(Substitution.apply(exact[i][j], at));
        jac[i][j] = DoubleCompiler.compile(exact[i][j], inputs).eval(point);
        var lhs = new Deriv(bodies.get(i), inputs.get(j), 1, true);
        pending.add(kernel.check(new Step(lhs, Relation.EQ, exact[i][j], List.of(), defs)));
      }
    }
    Verdict[][] verdicts = new Verdict[m][n];
    for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) verdicts[i][j] = pending.get(i * n + j).join();
    return new Tables(functions, inputs, point, g, values, tangents, adjoints, fd, delta, exact, atPoint, jac,
        verdicts);
  }

  private static double eval(Expr op, List<Graph.Node> nodes, double[] values)
      throws UnsupportedExpressionException {
    var vars = new ArrayList<Expr>();
    for (Graph.Node n : nodes) vars.add(n.name());
    return DoubleCompiler.compile(op, vars).eval(values);
  }

  private static double constant(Expr e) throws UnsupportedExpressionException {
    return DoubleCompiler.compile(e, List.of()).eval(new double[0]);
  }
}
