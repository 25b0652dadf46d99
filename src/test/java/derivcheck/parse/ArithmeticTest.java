package derivcheck.parse;

import static derivcheck.parse.Trees.*;

import derivcheck.expr.Const;
import derivcheck.expr.Num;
import org.junit.jupiter.api.Test;

class ArithmeticTest {
  @Test
  void numbersLettersAndConstants() {
    same(n(2), "2");
    same(Num.parse("0.5"), "0.5");
    same(v("x"), "x");
    same(v("\\alpha"), "\\alpha");
    same(mul(v("\\varepsilon"), v("\\epsilon"), v("\\ell")), "\\varepsilon \\epsilon \\ell");
    same(Const.E, "e");
    same(Const.PI, "\\pi");
    same(Const.INFINITY, "\\infty");
    same(mul(v("i"), v("j"), v("k")), "i j k");
  }

  @Test
  void unicodeBecomesLatex() {
    same(call("\\sigma", v("x")), "σ(x)");
    same(add(v("a"), neg(mul(v("b"), v("c"), v("d")))), "a − b × c · d");
    same(v("\\Delta"), "Δ");
  }

  @Test
  void sumsKeepTheirShape() {
    same(add(v("a"), neg(v("b")), n(1)), "a - b + 1");
    same(add(v("a"), neg(neg(v("b")))), "a - -b");
    same(neg(pow(v("x"), n(2))), "-x^2");
    same(add(v("a"), add(v("b"), v("c"))), "a + (b + c)");
  }

  @Test
  void implicitMultiplication() {
    same(mul(n(2), v("x")), "2x");
    same(mul(v("x"), v("y")), "x y");
    same(mul(call("\\sigma", v("x")), add(n(1), neg(call("\\sigma", v("x"))))), "\\sigma(x)(1-\\sigma(x))");
    same(mul(n(2), call("\\sigma", mul(n(2), v("x")))), "2\\sigma(2x)");
  }

  @Test
  void implicitBindsTighterThanSlashAndCdot() {
    same(div(n(1), mul(n(2), v("x"))), "1/2x");
    same(div(mul(v("a"), v("b")), mul(v("c"), v("d"))), "a b / c d");
    same(mul(v("a"), v("b"), v("c")), "a \\cdot b c");
    same(div(div(v("a"), v("b")), v("c")), "a / b / c");
    same(mul(n(2), v("x"), v("y")), "2x \\times y");
    same(mul(v("a"), neg(v("b"))), "a \\cdot -b");
  }

  @Test
  void fractionsAndRoots() {
    same(div(n(1), n(2)), "\\frac{1}{2}");
    same(div(n(1), n(2)), "\\dfrac12");
    same(div(v("x"), add(n(1), v("y"))), "\\tfrac{x}{1+y}");
    same(call("\\sqrt", v("x")), "\\sqrt{x}");
    same(pow(v("x"), div(n(1), v("n"))), "\\sqrt[n]{x}");
  }

  @Test
  void powers() {
    same(pow(v("x"), n(2)), "x^2");
    same(pow(Const.E, neg(v("x"))), "e^{-x}");
    same(pow(Const.E, v("x")), "e^x");
    same(mul(pow(v("x"), n(2)), n(3)), "x^23"); // TeX reads one character after ^
  }

  @Test
  void delimiters() {
    same(add(v("x"), n(1)), "\\left( x + 1 \\right)");
    same(v("x"), "[x]");
    same(v("x"), "\\Big[ x \\Big]");
    same(v("x"), "\\bigl( x \\bigr)");
    same(v("x"), "{x}");
    same(mul(v("x"), v("y")), "\\big( x \\big) \\bigg( y \\bigg)");
  }

  @Test
  void absoluteValues() {
    var abs = new derivcheck.expr.Abs(v("x"));
    same(abs, "|x|");
    same(abs, "\\lvert x \\rvert");
    same(abs, "\\left| x \\right|");
    same(add(abs, new derivcheck.expr.Abs(v("y"))), "|x| + |y|");
    same(new derivcheck.expr.Abs(add(v("x"), neg(new derivcheck.expr.Abs(v("y"))))), "|x - |y||");
    same(mul(abs, new derivcheck.expr.Abs(v("y"))), "|x||y|");
  }
}
