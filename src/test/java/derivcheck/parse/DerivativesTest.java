package derivcheck.parse;

import static derivcheck.parse.Trees.*;

import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import org.junit.jupiter.api.Test;

class DerivativesTest {
  private static Deriv d(Expr body, Expr var) {
    return new Deriv(body, var, 1, false);
  }

  private static Deriv partial(Expr body, Expr var) {
    return new Deriv(body, var, 1, true);
  }

  @Test
  void operatorFormTakesTheRestOfTheTerm() {
    same(d(pow(v("x"), n(2)), v("x")), "\\frac{d}{dx} x^2");
    same(d(pow(v("x"), n(2)), v("x")), "\\frac{d}{d x} x^2");
    same(add(d(mul(v("x"), v("y")), v("x")), n(1)), "\\frac{d}{dx} x \\cdot y + 1");
    same(d(add(pow(v("x"), n(2)), n(1)), v("x")), "\\frac{d}{d x}\\left[x^2 + 1\\right]");
    same(mul(n(2), d(v("x"), v("x"))), "2 \\frac{d}{dx} x");
    same(partial(mul(v("a"), v("b")), v("a")), "\\frac{\\partial}{\\partial a}[a b]");
    same(d(v("x"), v("x")), "\\dfrac{d}{dx} x");
    same(d(v("x"), v("x")), "\\frac{\\mathrm{d}}{\\mathrm{d}x} x");
  }

  @Test
  void bodyInTheNumerator() {
    same(d(v("f"), v("x")), "\\frac{d f}{dx}");
    same(d(call("\\sigma", v("x")), v("x")), "\\frac{d\\sigma(x)}{dx}");
    same(partial(v("L"), idx(v("\\mathbf{W}^{(2)}"), v("k"), v("j"))),
        "\\frac{\\partial L}{\\partial \\mathbf{W}_{kj}^{(2)}}");
    same(partial(idx(call("S", v("\\mathbf{x}")), v("i")), idx(v("\\mathbf{x}"), v("j"))),
        "\\frac{\\partial S(\\mathbf{x})_i}{\\partial \\mathbf{x}_j}");
  }

  @Test
  void higherAndMixedOrders() {
    same(new Deriv(pow(v("x"), n(3)), v("x"), 2, false), "\\frac{d^2}{dx^2} x^3");
    same(new Deriv(v("L"), v("a"), 2, true), "\\frac{\\partial^2 L}{\\partial a^2}");
    same(partial(partial(v("f"), v("y")), v("x")), "\\frac{\\partial^2 f}{\\partial x \\partial y}");
  }

  @Test
  void aDenominatorWithoutDerivativeShapeIsAQuotient() {
    same(div(v("a"), mul(v("d"), v("x"))), "\\frac{a}{dx}");
    same(div(v("d"), n(2)), "\\frac{d}{2}");
  }
}
