package derivcheck.render;

import static derivcheck.render.Trees.A;
import static derivcheck.render.Trees.B;
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
import static derivcheck.render.Trees.pow;
import static derivcheck.render.Trees.prime;
import static derivcheck.render.Trees.sigma;
import static derivcheck.render.Trees.sub;
import static derivcheck.render.Trees.sum;
import static derivcheck.render.Trees.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  private static void prints(String expected, Expr e) {
    assertEquals(expected, PlainText.print(e));
  }

  @Test
  void readableActivationFormulas() {
    prints("sigma(x)*(1 - sigma(x))", mul(sigma(X), sub(n(1), sigma(X))));
    prints("e^(-x)/(1 + e^(-x))^2", div(pow(E, neg(X)), pow(add(n(1), pow(E, neg(X))), n(2))));
    prints("2*sigma(2*x) - 1", sub(mul(n(2), sigma(mul(n(2), X))), n(1)));
    prints("softplus'(x)", prime("\\operatorname{softplus}", 1, X));
    prints("tanh(x)^2", pow(call("\\tanh", X), n(2)));
  }

  @Test
  void precedence() {
    prints("-x^2", neg(pow(X, n(2))));
    prints("(-x)^2", pow(neg(X), n(2)));
    prints("x*(-y)", mul(X, neg(Y)));
    prints("a - (b + x)", sub(A, add(B, X)));
    prints("a - (-b)", sub(A, neg(B)));
    prints("a/(b*x)", div(A, mul(B, X)));
    prints("a*b/x", div(mul(A, B), X));
    prints("x*(a/b)", mul(X, div(A, B)));
    prints("x^(y^2)", pow(X, pow(Y, n(2))));
    prints("(x^y)^2", pow(pow(X, Y), n(2)));
    prints("e^(x_j)", pow(E, idx(X, v("j"))));
    prints("x_j^2", pow(idx(X, v("j")), n(2)));
  }

  @Test
  void operatorsAndNames() {
    prints("d/dx sigma(x)", d(sigma(X), X));
    prints("d/dx (x^2)", d(pow(X, n(2)), X));
    prints("d^2/d(alpha)^2 (-alpha)", new derivcheck.expr.Deriv(neg(v("\\alpha")), v("\\alpha"), 2, true));
    prints("|x - 1|", abs(sub(X, n(1))));
    prints("x_1", idx(X, n(1)));
    prints("W_{k,j}", idx(v("W"), v("k"), v("j")));
    prints("x_{i + 1}", idx(X, add(v("i"), n(1))));
    prints("sum(j=1..n, x_j)", sum(v("j"), n(1), v("n"), idx(X, v("j"))));
    prints("alpha*\\mathbf{x}", mul(v("\\alpha"), v("\\mathbf{x}")));
    prints("pi", derivcheck.expr.Const.PI);
  }

  @Test
  void chains() {
    var c = new Chain(List.of(X, Y), List.of(Relation.LE), List.of(Chain.of(X, Relation.GE, n(0))), "");
    assertEquals("x <= y  (for x >= 0)", PlainText.print(c));
  }
}
