package derivcheck.solve.autodiff;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Variables;
import derivcheck.rules.Tidy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computation graph of one or more functions of the same inputs: every operation (a sum, a product, a quotient,
 * a power, a function call) is an intermediate variable {@code v_k}, defined in terms of earlier ones. Inputs come
 * first ({@code v_1 = w_1}, ...); an operation used twice is one node. Numbers stay inside the operations
 * ({@code v_5 = v_1^{2}}).
 */
public final class Graph {
  /** One variable: its name, its operation in terms of earlier variables (null for an input), and its inputs. */
  public record Node(int index, Var name, Expr op, List<Integer> children, Expr source) {
    public boolean isInput() {
      return op == null;
    }
  }

  private final List<Node> nodes = new ArrayList<>();
  private final Map<Expr, Integer> byOp = new HashMap<>();
  private final Map<Expr, Integer> inputs = new LinkedHashMap<>();
  private final List<Integer> outputs = new ArrayList<>();

  /** The graph of {@code bodies} (already free of user functions) over the given inputs. */
  public static Graph of(List<Expr> inputs, List<Expr> bodies) {
    var g = new Graph();
    for (Expr in : inputs) {
      int k = g.nodes.size();
      g.nodes.add(new Node(k, name(k), null, List.of(), in));
      g.inputs.put(in, k);
    }
    for (Expr body : bodies) {
      Expr ref = g.visit(Tidy.clean(body));
      Integer k = g.indexOf(ref);
      if (k == null) k = g.add(ref, body); // a constant output: a node that is just the number
      g.outputs.add(k);
    }
    return g;
  }

  private static Var name(int k) {
    return new Var("v_{" + (k + 1) + "}");
  }

  private Integer indexOf(Expr ref) {
    if (!(ref instanceof Var v)) return null;
    for (Node n : nodes) if (n.name().equals(v)) return n.index();
    return null;
  }

  /** The reference to {@code e}: a node variable, or a constant kept inline. */
  private Expr visit(Expr e) {
    Integer in = inputs.get(e);
    if (in != null) return nodes.get(in).name();
    if (Variables.free(e).isEmpty()) return e;
    if (e instanceof Var || e instanceof Indexed) {
      throw new IllegalArgumentException("unknown input " + derivcheck.render.LatexPrinter.print(e));
    }
    Expr op;
    if (e instanceof Add a) {
      op = new Add(a.terms().stream().map(t -> t instanceof Neg n ? new Neg(visit(n.arg())) : visit(t)).toList());
    } else if (e instanceof Neg n) {
      op = new Neg(visit(n.arg()));
    } else if (e instanceof Mul m) {
      op = new Mul(m.factors().stream().map(this::visit).toList());
    } else if (e instanceof Div d) {
      op = new Div(visit(d.num()), visit(d.den()));
    } else if (e instanceof Pow p) {
      op = new Pow(visit(p.base()), visit(p.exp()));
    } else if (e instanceof Call c) {
      op = new Call(c.fn(), c.primes(), c.args().stream().map(this::visit).toList());
    } else if (e instanceof Abs a) {
      op = new Abs(visit(a.arg()));
    } else {
      throw new IllegalArgumentException("cannot build a computation graph through "
          + e.getClass().getSimpleName());
    }
    Integer seen = byOp.get(op);
    if (seen != null) return nodes.get(seen).name();
    return nodes.get(add(op, e)).name();
  }

  private int add(Expr op, Expr source) {
    var children = new ArrayList<Integer>();
    for (Node n : nodes) if (Exprs.any(op, x -> x.equals(n.name()))) children.add(n.index());
    int k = nodes.size();
    nodes.add(new Node(k, name(k), op, List.copyOf(children), source));
    byOp.put(op, k);
    return k;
  }

  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  public List<Integer> outputs() {
    return List.copyOf(outputs);
  }

  public int inputCount() {
    return inputs.size();
  }

  public Node node(int k) {
    return nodes.get(k);
  }
}
