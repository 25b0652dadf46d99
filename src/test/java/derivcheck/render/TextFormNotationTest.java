package derivcheck.render;

import static derivcheck.render.Trees.A;
import static derivcheck.render.Trees.B;
import static derivcheck.render.Trees.X;
import static derivcheck.render.Trees.Y;
import static derivcheck.render.Trees.call;
import static derivcheck.render.Trees.cmp;
import static derivcheck.render.Trees.infix;
import static derivcheck.render.Trees.mul;
import static derivcheck.render.Trees.n;
import static derivcheck.render.Trees.neg;
import static derivcheck.render.Trees.pow;
import static derivcheck.render.Trees.square;
import static derivcheck.render.Trees.sub;
import static derivcheck.render.Trees.tr;
import static derivcheck.render.Trees.tuple;
import static derivcheck.render.Trees.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.BigO;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix.Op;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Relation;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormNotationTest {

  private static void prints(String expected, Expr e) {
    assertEquals(expected, TextForm.print(e));
  }

  @Test
  void transposesAndLists() {
    prints("Mul[\\mathbf{p}, Transpose[\\mathbf{p}]]", mul(v("\\mathbf{p}"), tr(v("\\mathbf{p}"))));
    prints("Tuple[a, b]", tuple(A, B));
    prints("Tuple[a, Neg[b], square]", square(A, neg(B)));
    prints("Set[1, Dots[low], Add[K, Neg[1]]]", new SetLit(List.of(n(1), new Dots(Dots.Kind.LOW), sub(v("K"), n(1)))));
    prints("Set[]", new SetLit(List.of()));
    prints("Dots[center]", new Dots(Dots.Kind.CENTER));
    prints("Dots[vertical]", new Dots(Dots.Kind.VERTICAL));
    prints("Dots[diagonal]", new Dots(Dots.Kind.DIAGONAL));
    prints("Call[f, Placeholder[]]", call("f", new Placeholder()));
  }

  @Test
  void matricesAndCases() {
    prints("Matrix[[a, b], [x, y], env=bmatrix]",
        new MatrixLit("bmatrix", List.of(List.of(A, B), List.of(X, Y))));
    prints("Matrix[[a], env=\"odd name\"]", new MatrixLit("odd name", List.of(List.of(A))));
    prints("Cases[[x, Compare[x >= 0]], [Neg[x], Text[\"otherwise\"]]]", new Cases(List.of(X, neg(X)),
        List.of(cmp(X, Relation.GE, n(0)), new Text("otherwise"))));
    prints("Text[\"say \\\"hi\\\"\"]", new Text("say \"hi\""));
  }

  @Test
  void bracketsAndComparisons() {
    prints("Pow[Norm[\\mathbf{x}, 2], 2]", pow(new Norm(v("\\mathbf{x}"), n(2)), n(2)));
    prints("Norm[Placeholder[]]", new Norm(new Placeholder(), null));
    prints("Floor[x]", new Floor(X));
    prints("Ceil[x]", new Ceil(X));
    prints("Inner[a, b]", new Inner(A, B));
    prints("Compare[i = j]", cmp(v("i"), Relation.EQ, v("j")));
    prints("Compare[0 < x <= 1]", new Compare(List.of(n(0), X, n(1)), List.of(Relation.LT, Relation.LE)));
    prints("Compare[a := b ~= x != y]", new Compare(List.of(A, B, X, Y),
        List.of(Relation.DEFINES, Relation.APPROX, Relation.NE)));
  }

  @Test
  void operatorsWithBinders() {
    prints("Gradient[Call[f, x]]", new Gradient(call("f", X), null));
    prints("Gradient[\\mathbf{x}, L]", new Gradient(v("L"), v("\\mathbf{x}")));
    prints("Limit[x, Infinity, Div[1, x]]", new Limit(X, Const.INFINITY, new derivcheck.expr.Div(n(1), X)));
    prints("Min[Compare[k <= K], Pow[a, 2]]",
        new Optimize(Optimize.Kind.MIN, cmp(v("k"), Relation.LE, v("K")), pow(A, n(2))));
    prints("Argmin[\\mathbf{w}, L]", new Optimize(Optimize.Kind.ARGMIN, v("\\mathbf{w}"), v("L")));
    prints("Max[f]", new Optimize(Optimize.Kind.MAX, null, v("f")));
    prints("Sup[x, f]", new Optimize(Optimize.Kind.SUP, X, v("f")));
    prints("Inf[x, f]", new Optimize(Optimize.Kind.INF, X, v("f")));
    prints("Argmax[x, f]", new Optimize(Optimize.Kind.ARGMAX, X, v("f")));
    prints("BigO[n]", new BigO(v("n")));
    prints("ForAll[Infix[\\in, x, S]]", new ForAll(infix(Op.IN, X, v("S"))));
    prints("Indicator[Compare[i = j]]", new Indicator(cmp(v("i"), Relation.EQ, v("j"))));
  }

  @Test
  void infixCarriesTheOperatorsLatex() {
    prints("Infix[\\circ, Infix[\\circ, h, g], f]", infix(Op.COMPOSE, infix(Op.COMPOSE, v("h"), v("g")), v("f")));
    prints("Infix[*, \\mathbf{x}, \\mathbf{w}]", infix(Op.STAR, v("\\mathbf{x}"), v("\\mathbf{w}")));
    prints("Infix[\\odot, a, b]", infix(Op.HADAMARD, A, B));
    prints("Infix[:, f, Infix[\\to, A, B]]", infix(Op.COLON, v("f"), infix(Op.TO, v("A"), v("B"))));
    prints("Infix[\\leftarrow, \\theta, g]", infix(Op.ASSIGN, v("\\theta"), v("g")));
  }

  @Test
  void structurallyDifferentNotationPrintsDifferently() {
    var seen = new HashMap<String, Expr>();
    List<Expr> trees = List.of(
        tuple(A, B), square(A, B), tuple(A, v("square")), new SetLit(List.of(A, B)),
        new MatrixLit("bmatrix", List.of(List.of(A, B))), new MatrixLit("pmatrix", List.of(List.of(A, B))),
        new MatrixLit("bmatrix", List.of(List.of(A), List.of(B))),
        new Norm(X, null), new Norm(X, n(2)), new Gradient(X, null), new Gradient(X, Y), new Gradient(Y, X),
        new Optimize(Optimize.Kind.MIN, null, X), new Optimize(Optimize.Kind.MIN, X, X),
        new Optimize(Optimize.Kind.ARGMIN, X, X), call("\\min", X, X),
        cmp(A, Relation.LT, B), cmp(A, Relation.LE, B), cmp(B, Relation.GT, A),
        new Text("x"), X, new Placeholder(), new Dots(Dots.Kind.LOW), new Dots(Dots.Kind.CENTER),
        infix(Op.IN, A, B), infix(Op.NOTIN, A, B), infix(Op.STAR, A, B), mul(A, B), tr(X), pow(X, v("T")),
        new Floor(X), new Ceil(X), new Indicator(cmp(A, Relation.EQ, B)), new ForAll(X), new BigO(X));
    for (Expr t : trees) {
      Expr clash = seen.put(TextForm.print(t), t);
      if (clash != null) assertEquals(clash, t, "two different trees print as " + TextForm.print(t));
    }
    assertEquals(trees.size(), seen.size());
  }
}
