package derivcheck.render;

import static derivcheck.render.Trees.A;
import static derivcheck.render.Trees.B;
import static derivcheck.render.Trees.X;
import static derivcheck.render.Trees.Y;
import static derivcheck.render.Trees.add;
import static derivcheck.render.Trees.call;
import static derivcheck.render.Trees.cmp;
import static derivcheck.render.Trees.div;
import static derivcheck.render.Trees.idx;
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
import derivcheck.expr.Chain;
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
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextNotationTest {

  private static void prints(String expected, Expr e) {
    assertEquals(expected, PlainText.print(e));
  }

  @Test
  void transposesListsAndBrackets() {
    prints("\\mathbf{p}*\\mathbf{p}^T", mul(v("\\mathbf{p}"), tr(v("\\mathbf{p}"))));
    prints("(x^2)^T", tr(pow(X, n(2))));
    prints("(x^T)^2", pow(tr(X), n(2)));
    prints("(a, b)", tuple(A, B));
    prints("[sigma(z), 1 - sigma(z)]", square(call("\\sigma", v("z")), sub(n(1), call("\\sigma", v("z")))));
    prints("{1, ..., K - 1}", new SetLit(List.of(n(1), new Dots(Dots.Kind.LOW), sub(v("K"), n(1)))));
    prints("{}", new SetLit(List.of()));
    prints("[[a, b], [x, y]]", new MatrixLit("bmatrix", List.of(List.of(A, B), List.of(X, Y))));
    prints("||\\mathbf{x}||_2^2", pow(new Norm(v("\\mathbf{x}"), n(2)), n(2)));
    prints("||.||_{x + 1}", new Norm(new Placeholder(), add(X, n(1))));
    prints("f(.)", call("f", new Placeholder()));
    prints("floor(x/2) + ceil(y)", add(new Floor(div(X, n(2))), new Ceil(Y)));
    prints("<a, b>", new Inner(A, B));
    prints("x_1*...*x_n", mul(idx(X, n(1)), new Dots(Dots.Kind.CENTER), idx(X, v("n"))));
  }

  @Test
  void casesAndComparisons() {
    prints("{x if x >= 0; -x otherwise}", new Cases(List.of(X, neg(X)),
        List.of(cmp(X, Relation.GE, n(0)), new Text("otherwise"))));
    prints("0 < x <= 1", new Compare(List.of(n(0), X, n(1)), List.of(Relation.LT, Relation.LE)));
    prints("(x > 0) + 1", add(cmp(X, Relation.GT, n(0)), n(1)));
    prints("1[i = j]", new Indicator(cmp(v("i"), Relation.EQ, v("j"))));
    assertEquals("a = (b < x)", PlainText.print(Chain.of(A, Relation.EQ, cmp(B, Relation.LT, X))));
  }

  @Test
  void operatorsWithBodies() {
    prints("grad f(x)", new Gradient(call("f", X), null));
    prints("grad_\\mathbf{x} L", new Gradient(v("L"), v("\\mathbf{x}")));
    prints("(grad f)*v", mul(new Gradient(v("f"), null), v("v")));
    prints("grad (a + b)", new Gradient(add(A, B), null));
    prints("lim_{x -> inf} (1/x)", new Limit(X, Const.INFINITY, div(n(1), X)));
    prints("min_{k <= K} (a^2)", new Optimize(Optimize.Kind.MIN, cmp(v("k"), Relation.LE, v("K")), pow(A, n(2))));
    prints("argmin_{i, x} f", new Optimize(Optimize.Kind.ARGMIN, tuple(v("i"), X), v("f")));
    // like d/dx, the body is atomic or parenthesized, so nothing after it belongs to it
    prints("sup_x f + 1", add(new Optimize(Optimize.Kind.SUP, X, v("f")), n(1)));
    prints("(sup_x f)*2", mul(new Optimize(Optimize.Kind.SUP, X, v("f")), n(2)));
    prints("max f", new Optimize(Optimize.Kind.MAX, null, v("f")));
    prints("O(n^2)", new BigO(pow(v("n"), n(2))));
    prints("for all x in S", new ForAll(infix(Op.IN, X, v("S"))));
    prints("for all (x != 0)", new ForAll(cmp(X, Relation.NE, n(0))));
  }

  @Test
  void binaryOperators() {
    prints("h o g o f", infix(Op.COMPOSE, infix(Op.COMPOSE, v("h"), v("g")), v("f")));
    prints("h o (g o f)", infix(Op.COMPOSE, v("h"), infix(Op.COMPOSE, v("g"), v("f"))));
    prints("\\mathbf{x} (*) \\mathbf{w}", infix(Op.STAR, v("\\mathbf{x}"), v("\\mathbf{w}")));
    prints("a .* (b*x)", infix(Op.HADAMARD, A, mul(B, X)));
    prints("(a .* b)*x", mul(infix(Op.HADAMARD, A, B), X));
    prints("a (x) b", infix(Op.OTIMES, A, B));
    prints("(i - k) mod n", infix(Op.MOD, sub(v("i"), v("k")), v("n")));
    prints("f : A -> B -> C", infix(Op.COLON, v("f"), infix(Op.TO, v("A"), infix(Op.TO, v("B"), v("C")))));
    prints("(A -> B) -> C", infix(Op.TO, infix(Op.TO, v("A"), v("B")), v("C")));
    prints("x |-> sigma(x)", infix(Op.MAPSTO, X, call("\\sigma", X)));
    prints("theta <- theta - eta*g", infix(Op.ASSIGN, v("\\theta"), sub(v("\\theta"), mul(v("\\eta"), v("g")))));
    prints("x in S subseteq T", infix(Op.SUBSETEQ, infix(Op.IN, X, v("S")), v("T")));
    prints("x not in (S subset T)", infix(Op.NOTIN, X, infix(Op.SUBSET, v("S"), v("T"))));
    prints("a propto 1/T", infix(Op.PROPTO, A, div(n(1), v("T"))));
    prints("(x in S) + 1", add(infix(Op.IN, X, v("S")), n(1)));
    prints("-(x in S)", neg(infix(Op.IN, X, v("S"))));
  }
}
