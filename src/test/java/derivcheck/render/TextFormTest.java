package derivcheck.render;

import static derivcheck.render.Trees.A;
import static derivcheck.render.Trees.E;
import static derivcheck.render.Trees.X;
import static derivcheck.render.Trees.Y;
import static derivcheck.render.Trees.abs;
import static derivcheck.render.Trees.add;
import static derivcheck.render.Trees.call;
import static derivcheck.render.Trees.d;
import static derivcheck.render.Trees.div;
import static derivcheck.render.Trees.idx;
import static derivcheck.render.Trees.mul;
import static derivcheck.render.Trees.n;
import static derivcheck.render.Trees.neg;
import static derivcheck.render.Trees.partial;
import static derivcheck.render.Trees.pow;
import static derivcheck.render.Trees.prime;
import static derivcheck.render.Trees.sigma;
import static derivcheck.render.Trees.sub;
import static derivcheck.render.Trees.sum;
import static derivcheck.render.Trees.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import derivcheck.expr.BigOp;
import derivcheck.expr.Chain;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormTest {

  private static void prints(String expected, Expr e) {
    assertEquals(expected, TextForm.print(e));
  }

  @Test
  void leaves() {
    prints("2", n(2));
    prints("0.5", n("0.500"));
    prints("-3", n(-3));
    prints("E", E);
    prints("Pi", Const.PI);
    prints("Infinity", Const.INFINITY);
    prints("\\mathbf{x}", v("\\mathbf{x}"));
    prints("w^{*}", v("w^{*}"));
  }

  @Test
  void namesThatCouldBeConfusedAreQuoted() {
    prints("Var[\"E\"]", v("E"));
    prints("Var[\"Pi\"]", v("Pi"));
    prints("Var[\"x, y\"]", v("x, y"));
    prints("Var[\"2x\"]", v("2x"));
    prints("Var[\"a\\\"b\"]", v("a\"b"));
    prints("Call[\"g[1]\", x]", call("g[1]", X));
  }

  @Test
  void operators() {
    prints("Add[x, Neg[Mul[2, y]]]", sub(X, mul(n(2), Y)));
    prints("Div[1, Add[1, Pow[E, Neg[x]]]]", div(n(1), add(n(1), pow(E, neg(X)))));
    prints("Abs[x]", abs(X));
    prints("Indexed[W, k, j]", idx(v("W"), v("k"), v("j")));
    prints("Indexed[Call[S, \\mathbf{x}], i]", idx(call("S", v("\\mathbf{x}")), v("i")));
  }

  @Test
  void calls() {
    prints("Call[\\sigma, x]", sigma(X));
    prints("Call[\\sigma', x]", prime("\\sigma", 1, X));
    prints("Call[f'', x, y]", prime("f", 2, X, Y));
    prints("Call[f]", call("f"));
  }

  @Test
  void derivativesRecordOrderAndNotation() {
    prints("Deriv[x, Call[\\sigma, x]]", d(sigma(X), X));
    prints("Deriv[a, Pow[a, 3], order=2, partial]", partial(pow(A, n(3)), A, 2));
    prints("Deriv[a, x, partial]", partial(X, A, 1));
  }

  @Test
  void bigOperators() {
    var j = v("j");
    prints("Sum[j, 1, n, Indexed[x, j]]", sum(j, n(1), v("n"), idx(X, j)));
    prints("Prod[j, Indexed[x, j]]", new BigOp(BigOp.Kind.PROD, j, null, null, idx(X, j)));
  }

  @Test
  void chains() {
    var c = new Chain(List.of(X, Y, A), List.of(Relation.EQ, Relation.LE), List.of(Chain.of(X, Relation.GT, n(0))),
        "chain \"rule\"");
    assertEquals("x = y <= a; for x > 0; note \"chain \\\"rule\\\"\"", TextForm.print(c));
    var leading = new Chain(List.of(X), List.of(Relation.APPROX), List.of(), "");
    assertEquals("~= x", TextForm.print(leading));
  }

  @Test
  void structurallyDifferentTreesPrintDifferently() {
    var seen = new HashMap<String, Expr>();
    List<Expr> trees = List.of(
        add(X, add(Y, A)), add(add(X, Y), A), add(X, Y, A),
        neg(n(2)), n(-2), v("E"), E,
        d(X, X), partial(X, X, 1), new derivcheck.expr.Deriv(X, X, 2, false),
        prime("f", 1, X), call("f'", X), call("f", X, Y), call("f", idx(X, Y)));
    for (Expr t : trees) {
      Expr clash = seen.put(TextForm.print(t), t);
      if (clash != null) assertEquals(clash, t, "two different trees print as " + TextForm.print(t));
    }
    assertNotEquals(TextForm.print(mul(X, Y)), TextForm.print(mul(Y, X)));
  }
}
