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
import static derivcheck.render.Trees.partial;
import static derivcheck.render.Trees.pow;
import static derivcheck.render.Trees.prime;
import static derivcheck.render.Trees.sigma;
import static derivcheck.render.Trees.sub;
import static derivcheck.render.Trees.sum;
import static derivcheck.render.Trees.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.BigOp;
import derivcheck.expr.Chain;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LatexPrinterTest {

  private static void prints(String expected, Expr e) {
    assertEquals(expected, LatexPrinter.print(e), () -> TextForm.print(e));
  }

  @Nested
  class Leaves {
    @Test
    void numbersPrintAsWritten() {
      prints("2", n(2));
      prints("0.5", n("0.50"));
      prints("1000", n("1E3"));
      prints("0.0001", n("1E-4"));
    }

    @Test
    void constantsAndNames() {
      prints("e", E);
      prints("\\pi", Const.PI);
      prints("\\infty", Const.INFINITY);
      prints("\\alpha", v("\\alpha"));
      prints("\\mathbf{x}", v("\\mathbf{x}"));
    }
  }

  @Nested
  class SumsAndNegation {
    @Test
    void subtractionIsANegatedTerm() {
      prints("a - b", sub(A, B));
      prints("a - 2 x", sub(A, mul(n(2), X)));
      prints("1 - \\sigma(x)", sub(n(1), sigma(X)));
      prints("-a + b", add(neg(A), B));
      prints("a + b - x", add(A, B, neg(X)));
    }

    @Test
    void negationOfTheWholeProductNeedsNoGroup() {
      prints("-2 x", neg(mul(n(2), X)));
      prints("-x^{2}", neg(pow(X, n(2))));
      prints("-\\frac{a}{b}", neg(div(A, B)));
      prints("-2", neg(n(2)));
    }

    @Test
    void nestedNegativesAreGrouped() {
      prints("-(-x)", neg(neg(X)));
      prints("a - (-b)", sub(A, neg(B)));
      prints("a - (-b) - (-x)", add(A, neg(neg(B)), neg(neg(X))));
      prints("-(-(-x))", neg(neg(neg(X))));
      prints("-(-x) y", neg(mul(neg(X), Y)));
    }

    @Test
    void negatedSumsAndSumsInSumsAreGrouped() {
      prints("a - \\left(b + x\\right)", sub(A, add(B, X)));
      prints("-\\left(a + b\\right)", neg(add(A, B)));
      prints("a + \\left(b + x\\right)", add(A, add(B, X)));
      prints("\\left(a + b\\right) + x", add(add(A, B), X));
    }

    @Test
    void negativeLiteralsPrintLikeNegations() {
      prints("-2", n(-2));
      prints("a + (-2)", add(A, n(-2)));
      prints("a - (-2)", sub(A, n(-2)));
      prints("(-2) x", mul(n(-2), X));
      prints("x \\cdot (-2)", mul(X, n(-2)));
      prints("(-2)^{x}", pow(n(-2), X));
    }
  }

  @Nested
  class Products {
    @Test
    void juxtapositionWhenUnambiguous() {
      prints("2 x", mul(n(2), X));
      prints("x y", mul(X, Y));
      prints("\\alpha x", mul(v("\\alpha"), X));
      prints("\\sigma(x) \\left(1 - \\sigma(x)\\right)", mul(sigma(X), sub(n(1), sigma(X))));
      prints("x \\left(1 - x\\right)", mul(X, sub(n(1), X)));
      prints("\\frac{1}{2} x", mul(div(n(1), n(2)), X));
      prints("2 e^{x}", mul(n(2), pow(E, X)));
    }

    @Test
    void cdotBetweenDigitsAndBeforeNumbers() {
      prints("2 \\cdot 3", mul(n(2), n(3)));
      prints("x \\cdot 2", mul(X, n(2)));
      prints("0.5 \\cdot 2", mul(n("0.5"), n(2)));
      prints("x \\cdot 2^{x}", mul(X, pow(n(2), X)));
      prints("2 \\cdot \\frac{1}{2}", mul(n(2), div(n(1), n(2))));
      prints("2 \\frac{x}{3}", mul(n(2), div(X, n(3))));
    }

    @Test
    void cdotAfterAFunctionNameSoItIsNotReadAsACall() {
      prints("f \\cdot \\left(x + 1\\right)", mul(v("f"), add(X, n(1))));
      prints("\\sigma \\cdot x", mul(v("\\sigma"), X));
      prints("H \\cdot (-x)", mul(v("H"), neg(X)));
      prints("g^{2} \\cdot x", mul(pow(v("g"), n(2)), X));
      prints("y (x y)", mul(Y, mul(X, Y)));
    }

    @Test
    void negativeFactorsAreGrouped() {
      prints("x \\cdot (-y)", mul(X, neg(Y)));
      prints("(-x) y", mul(neg(X), Y));
      prints("2 \\cdot \\left(-x^{2}\\right)", mul(n(2), neg(pow(X, n(2)))));
    }

    @Test
    void productsOfSums() {
      prints("\\left(a + b\\right) \\left(a - b\\right)", mul(add(A, B), sub(A, B)));
      prints("2 \\sigma(2 x) - 1", sub(mul(n(2), sigma(mul(n(2), X))), n(1)));
    }
  }

  @Nested
  class PowersAndFractions {
    @Test
    void simpleBases() {
      prints("x^{2}", pow(X, n(2)));
      prints("e^{-x}", pow(E, neg(X)));
      prints("x_{1}^{2}", pow(idx(X, n(1)), n(2)));
      prints("\\left|x\\right|^{3}", pow(abs(X), n(3)));
      prints("0.5^{n}", pow(n("0.5"), v("n")));
    }

    @Test
    void compoundBasesAreGrouped() {
      prints("\\left(1 + e^{-x}\\right)^{2}", pow(add(n(1), pow(E, neg(X))), n(2)));
      prints("(-x)^{2}", pow(neg(X), n(2)));
      prints("\\left(x^{2}\\right)^{3}", pow(pow(X, n(2)), n(3)));
      prints("\\left(\\frac{a}{b}\\right)^{2}", pow(div(A, B), n(2)));
      prints("(x y)^{2}", pow(mul(X, Y), n(2)));
      prints("\\left(w^{*}\\right)^{2}", pow(v("w^{*}"), n(2)));
    }

    @Test
    void powersOfCalls() {
      prints("\\tanh(x)^{2}", pow(call("\\tanh", X), n(2)));
      prints("\\left(\\sqrt{x}\\right)^{2}", pow(call("\\sqrt", X), n(2)));
      prints("\\sigma\\left(\\frac{x}{2}\\right)^{2}", pow(sigma(div(X, n(2))), n(2)));
    }

    @Test
    void exponentsNeedNoGroup() {
      prints("e^{x^{2}}", pow(E, pow(X, n(2))));
      prints("x^{\\frac{1}{2}}", pow(X, div(n(1), n(2))));
      prints("2^{a + b}", pow(n(2), add(A, B)));
    }

    @Test
    void fractions() {
      prints("\\frac{e^{-x}}{\\left(1 + e^{-x}\\right)^{2}}",
          div(pow(E, neg(X)), pow(add(n(1), pow(E, neg(X))), n(2))));
      prints("\\frac{-x}{1 + x}", div(neg(X), add(n(1), X)));
      prints("\\frac{\\frac{a}{b}}{x}", div(div(A, B), X));
    }
  }

  @Nested
  class Calls {
    @Test
    void builtinNames() {
      prints("\\sigma(x)", sigma(X));
      prints("\\exp(x)", call("\\exp", X));
      prints("\\ln(1 + e^{x})", call("\\ln", add(n(1), pow(E, X))));
      prints("\\operatorname{softplus}(x)", call("\\operatorname{softplus}", X));
      prints("\\max(0, x)", call("\\max", n(0), X));
      prints("\\sqrt{x^{2} + 1}", call("\\sqrt", add(pow(X, n(2)), n(1))));
    }

    @Test
    void primes() {
      prints("\\sigma'(x)", prime("\\sigma", 1, X));
      prints("f''(x)", prime("f", 2, X));
      prints("f(x, y)", call("f", X, Y));
    }

    @Test
    void tallArgumentsGetSizedParentheses() {
      prints("\\tanh\\left(\\frac{1}{2} x\\right)", call("\\tanh", mul(div(n(1), n(2)), X)));
      prints("\\sigma(-x)", sigma(neg(X)));
    }
  }

  @Nested
  class Operators {
    @Test
    void derivatives() {
      prints("\\frac{d}{dx} \\sigma(x)", d(sigma(X), X));
      prints("\\frac{d}{dx}\\left(x^{2}\\right)", d(pow(X, n(2)), X));
      prints("\\frac{d}{dx}\\left(x y\\right)", d(mul(X, Y), X));
      prints("\\frac{d}{dx}\\left(-x\\right)", d(neg(X), X));
      prints("\\frac{\\partial}{\\partial a} x", partial(X, A, 1));
      prints("\\frac{\\partial^{2}}{\\partial a^{2}}\\left(a^{3}\\right)", partial(pow(A, n(3)), A, 2));
      prints("\\frac{d}{d\\alpha} \\alpha", d(v("\\alpha"), v("\\alpha")));
      prints("\\frac{\\partial}{\\partial W_{k j}} x_{i}", partial(idx(X, v("i")), idx(v("W"), v("k"), v("j")), 1));
    }

    @Test
    void derivativeFollowedByAFactorIsGrouped() {
      prints("\\left(\\frac{d}{dx} \\sigma(x)\\right) y", mul(d(sigma(X), X), Y));
      prints("y \\frac{d}{dx} \\sigma(x)", mul(Y, d(sigma(X), X)));
      prints("\\left(\\frac{d}{dx} x\\right)^{2}", pow(d(X, X), n(2)));
    }

    @Test
    void absoluteValuesAndSubscripts() {
      prints("\\left|x - 1\\right|", abs(sub(X, n(1))));
      prints("x_{1}", idx(X, n(1)));
      prints("W_{k j}", idx(v("W"), v("k"), v("j")));
      prints("x_{i + 1}", idx(X, add(v("i"), n(1))));
      prints("x_{3, 3}", idx(X, n(3), n(3)));
      prints("W_{1, j}", idx(v("W"), n(1), v("j")));
      prints("W_{i + 1, j}", idx(v("W"), add(v("i"), n(1)), v("j")));
      // W_{\alpha \beta} would read as one index, a product; four letters as a word
      prints("W_{\\alpha, \\beta}", idx(v("W"), v("\\alpha"), v("\\beta")));
      prints("W_{i, j, k, l}", idx(v("W"), v("i"), v("j"), v("k"), v("l")));
      prints("x_{2 \\cdot i}", idx(X, mul(n(2), v("i"))));
      prints("S(\\mathbf{x})_{i}", idx(call("S", v("\\mathbf{x}")), v("i")));
      prints("\\left(x + y\\right)_{i}", idx(add(X, Y), v("i")));
    }

    @Test
    void bigOperators() {
      var j = v("j");
      prints("\\sum_{j=1}^{n} e^{\\mathbf{x}_{j}}", sum(j, n(1), v("n"), pow(E, idx(v("\\mathbf{x}"), j))));
      prints("\\sum_{j} x_{j}", sum(j, null, null, idx(X, j)));
      prints("\\prod_{j=1}^{n} \\left(1 + x_{j}\\right)",
          new BigOp(BigOp.Kind.PROD, j, n(1), v("n"), add(n(1), idx(X, j))));
      prints("\\left(\\sum_{j} x_{j}\\right) y", mul(sum(j, null, null, idx(X, j)), Y));
      prints("\\frac{e^{\\mathbf{x}_{i}}}{\\sum_{j} e^{\\mathbf{x}_{j}}}",
          div(pow(E, idx(v("\\mathbf{x}"), v("i"))), sum(j, null, null, pow(E, idx(v("\\mathbf{x}"), j)))));
    }
  }

  @Nested
  class Chains {
    @Test
    void relationsBetweenTerms() {
      var c = new Chain(List.of(A, B, X), List.of(Relation.EQ, Relation.LE), List.of(), "");
      assertEquals("a = b \\le x", LatexPrinter.print(c));
    }

    @Test
    void leadingRelation() {
      var c = new Chain(List.of(mul(sigma(X), sub(n(1), sigma(X)))), List.of(Relation.EQ), List.of(), "");
      assertEquals("= \\sigma(x) \\left(1 - \\sigma(x)\\right)", LatexPrinter.print(c));
    }

    @Test
    void conditionsAndNotes() {
      var cond = Chain.of(X, Relation.GT, n(0));
      var c = new Chain(List.of(abs(X), X), List.of(Relation.EQ), List.of(cond, Chain.of(Y, Relation.NE, n(1))),
          "by 50% & {more}");
      assertEquals("\\left|x\\right| = x \\quad \\text{for } x > 0, y \\neq 1 \\quad \\text{by 50\\% \\& \\{more\\}}",
          LatexPrinter.print(c));
    }
  }
}
