package derivcheck.numeric;

import static derivcheck.numeric.Trees.X;
import static derivcheck.numeric.Trees.XS;
import static derivcheck.numeric.Trees.XY;
import static derivcheck.numeric.Trees.Y;
import static derivcheck.numeric.Trees.add;
import static derivcheck.numeric.Trees.call;
import static derivcheck.numeric.Trees.div;
import static derivcheck.numeric.Trees.eval;
import static derivcheck.numeric.Trees.mul;
import static derivcheck.numeric.Trees.neg;
import static derivcheck.numeric.Trees.num;
import static derivcheck.numeric.Trees.pow;
import static derivcheck.numeric.Trees.primed;
import static derivcheck.numeric.Trees.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.BigOp;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoubleCompilerTest {

  static void near(double expected, double actual) {
    assertEquals(expected, actual, 1e-15 * Math.max(1, Math.abs(expected)));
  }

  @Test
  void everyBuiltinAtAKnownValue() throws Exception {
    near(Math.exp(0.3), eval(call("\\exp", X), 0.3));
    near(Math.log(2.5), eval(call("\\ln", X), 2.5));
    near(Math.log(2.5), eval(call("\\log", X), 2.5)); // alias
    near(Math.sin(1.1), eval(call("\\sin", X), 1.1));
    near(Math.cos(1.1), eval(call("\\cos", X), 1.1));
    near(Math.tan(1.1), eval(call("\\tan", X), 1.1));
    near(Math.sinh(1.1), eval(call("\\sinh", X), 1.1));
    near(Math.cosh(1.1), eval(call("\\cosh", X), 1.1));
    near(Math.tanh(1.1), eval(call("\\tanh", X), 1.1));
    near(1.5, eval(call("\\sqrt", X), 2.25));
    near(-1, eval(call("\\operatorname{sign}", X), -0.2));
    near(1, eval(call("\\sgn", X), 3.0));
    near(0, eval(call("\\operatorname{sign}", X), 0.0));
    near(1 / (1 + Math.exp(-0.5)), eval(call("\\sigma", X), 0.5));
    near(1 / (1 + Math.exp(-0.5)), eval(call("\\operatorname{sigmoid}", X), 0.5));
    near(Math.log(1 + Math.exp(0.5)), eval(call("\\operatorname{softplus}", X), 0.5));
    near(0.7, eval(call("\\operatorname{relu}", X), 0.7));
    near(0, eval(call("\\operatorname{ReLU}", X), -0.7));
    near(1, eval(call("H", X), 0.1));
    near(0, eval(call("H", X), -0.1));
    near(0.5, eval(call("H", X), 0.0));
    near(0.5 / 1.5, eval(call("\\operatorname{softsign}", X), 0.5));
    near(-0.5 / 1.5, eval(call("\\operatorname{softsign}", X), -0.5));
  }

  @Test
  void naryMaxAndMin() throws Exception {
    CompiledExpr max = DoubleCompiler.compile(call("\\max", X, Y, num(1)), XY);
    CompiledExpr min = DoubleCompiler.compile(call("\\min", X, Y, num(1)), XY);
    near(2.5, max.eval(new double[] {-1, 2.5}));
    near(1, max.eval(new double[] {-1, 0.5}));
    near(-1, min.eval(new double[] {-1, 2.5}));
    near(0.25, DoubleCompiler.compile(call("\\max", X), XS).eval(new double[] {0.25}));
  }

  @Test
  void tailsAreStable() throws Exception {
    assertEquals(0.0, eval(call("\\sigma", X), -800));
    assertEquals(1.0, eval(call("\\sigma", X), 800));
    assertEquals(800.0, eval(call("\\operatorname{softplus}", X), 800));
    assertEquals(0.0, eval(call("\\operatorname{softplus}", X), -800));
    // Still relatively accurate where the result is tiny but representable.
    near(Math.exp(-700), eval(call("\\sigma", X), -700) / (1 - Math.exp(-700)));
    near(Math.exp(-30), eval(call("\\operatorname{softplus}", X), -30) / (1 - Math.exp(-30) / 2));
  }

  @Test
  void outsideTheRealDomainIsNaN() throws Exception {
    assertTrue(Double.isNaN(eval(call("\\ln", X), 0.0)));
    assertTrue(Double.isNaN(eval(call("\\ln", X), -1.0)));
    assertTrue(Double.isNaN(eval(call("\\sqrt", X), -1.0)));
    assertTrue(Double.isNaN(eval(pow(X, num("0.5")), -4.0)));
    assertTrue(Double.isNaN(eval(pow(X, div(num(1), num(3))), -8.0)));
    assertTrue(Double.isNaN(eval(pow(num(-2), X), 0.5)));
    assertTrue(Double.isInfinite(eval(div(num(1), X), 0.0)));
    assertEquals(Double.POSITIVE_INFINITY, eval(add(X, Const.INFINITY), 1.0));
  }

  @Test
  void integerPowersAreRealEvenForNegativeBases() throws Exception {
    near(-8, eval(pow(X, num(3)), -2));
    near(16, eval(pow(X, num(4)), -2));
    near(0.25, eval(pow(X, neg(num(2))), -2));
    near(-0.125, eval(pow(X, neg(num(3))), -2));
    near(Math.pow(-1.1, 17), eval(pow(X, num(17)), -1.1));
    near(Math.pow(-1.01, 101), eval(pow(X, num(101)), -1.01)); // beyond the multiplied range: Math.pow
    near(-8, eval(pow(num(-2), X), 3.0)); // integer-valued exponent at run time
    near(1, eval(pow(X, num(0)), 0.0)); // 0^0 = 1
    assertTrue(Double.isNaN(eval(pow(call("\\sqrt", X), num(0)), -1.0))); // an undefined base stays undefined
    assertTrue(Double.isNaN(eval(pow(call("\\ln", X), X), -1.0)));
    near(Math.sqrt(2.0), eval(pow(X, num("0.5")), 2.0));
    near(Math.pow(2.0, 1.0 / 3), eval(pow(X, div(num(1), num(3))), 2.0));
    near(Math.exp(1.7), eval(pow(Const.E, X), 1.7));
    near(Math.pow(2, 1.7), eval(pow(num(2), X), 1.7));
  }

  @Test
  void constantsAndArithmetic() throws Exception {
    Expr e = add(mul(num(2), X), neg(div(X, num(4))), pow(Const.PI, num(2)), Const.E);
    near(2 * 1.3 - 1.3 / 4 + Math.PI * Math.PI + Math.E, eval(e, 1.3));
    near(-0.5, eval(sub(num(1), num("1.5")), 99));
    near(Math.abs(-2.5), eval(new derivcheck.expr.Abs(X), -2.5));
  }

  @Test
  void constantSubtreesAreFoldedAtCompileTime() throws Exception {
    CompiledExpr c = DoubleCompiler.compile(add(mul(num(3), call("\\sin", Const.PI)), call("\\exp", num(0))), XS);
    assertInstanceOf(DoubleCompiler.Constant.class, c);
    near(1, c.eval(new double[] {5}));
    CompiledExpr d = DoubleCompiler.compile(mul(num(2), num(3), X), XS);
    near(6 * 1.5, d.eval(new double[] {1.5}));
  }

  @Test
  void manyTermsUseTheGeneralPath() throws Exception {
    Expr sum = add(X, mul(X, X), pow(X, num(3)), pow(X, num(4)), pow(X, num(5)), num(1));
    Expr prod = mul(X, add(X, num(1)), add(X, num(2)), add(X, num(3)));
    double x = 0.7;
    near(1 + x + x * x + x * x * x + Math.pow(x, 4) + Math.pow(x, 5), eval(sum, x));
    near(x * (x + 1) * (x + 2) * (x + 3), eval(prod, x));
  }

  @Test
  void indexedVariablesAndBoundedSums() throws Exception {
    Var x = new Var("x");
    Var j = new Var("j");
    List<Expr> vars = List.of(new Indexed(x, List.of(num(1))), new Indexed(x, List.of(num(2))),
        new Indexed(x, List.of(num(3))));
    // \sum_{j=1}^{3} e^{x_j}
    Expr softmaxDenominator = new BigOp(BigOp.Kind.SUM, j, num(1), num(3), pow(Const.E, new Indexed(x, List.of(j))));
    double[] p = {0.1, -0.4, 1.2};
    near(Math.exp(0.1) + Math.exp(-0.4) + Math.exp(1.2),
        DoubleCompiler.compile(softmaxDenominator, vars).eval(p));
    // \prod_{j=1}^{2} x_{j+1} = x_2 x_3: subscripts are evaluated with the index bound.
    Expr prod = new BigOp(BigOp.Kind.PROD, j, num(1), num(2), new Indexed(x, List.of(add(j, num(1)))));
    near(-0.4 * 1.2, DoubleCompiler.compile(prod, vars).eval(p));
    // The index itself is a number inside the body; an empty range is an empty sum.
    near(1 + 4 + 9, DoubleCompiler.compile(new BigOp(BigOp.Kind.SUM, j, num(1), num(3), pow(j, num(2))), vars)
        .eval(p));
    near(0, DoubleCompiler.compile(new BigOp(BigOp.Kind.SUM, j, num(3), num(1), j), vars).eval(p));
    // A free subscript is a variable of its own when the kernel lists it.
    Expr xi = new Indexed(x, List.of(new Var("i")));
    near(2.5, DoubleCompiler.compile(mul(num(2), xi), List.of(xi)).eval(new double[] {1.25}));
  }

  @Test
  void unsupportedConstructsAreNamedInWords() {
    var e1 = assertThrows(UnsupportedExpressionException.class,
        () -> DoubleCompiler.compile(new Deriv(call("\\sigma", X), X, 1, false), XS));
    assertTrue(e1.getMessage().contains("derivative"), e1.getMessage());
    var e2 = assertThrows(UnsupportedExpressionException.class,
        () -> DoubleCompiler.compile(primed("\\sigma", 1, X), XS));
    assertTrue(e2.getMessage().contains("\\sigma'"), e2.getMessage());
    var e3 = assertThrows(UnsupportedExpressionException.class, () -> DoubleCompiler.compile(call("f", X), XS));
    assertTrue(e3.getMessage().contains("f is not defined"), e3.getMessage());
    var e4 = assertThrows(UnsupportedExpressionException.class, () -> DoubleCompiler.compile(add(X, Y), XS));
    assertTrue(e4.getMessage().contains("variable y"), e4.getMessage());
    var n = new Var("n");
    var e5 = assertThrows(UnsupportedExpressionException.class, () -> DoubleCompiler.compile(
        new BigOp(BigOp.Kind.SUM, new Var("j"), num(1), n, X), XS));
    assertTrue(e5.getMessage().contains("integer constant bounds"), e5.getMessage());
    var e6 = assertThrows(UnsupportedExpressionException.class, () -> DoubleCompiler.compile(
        new BigOp(BigOp.Kind.SUM, new Var("j"), null, null, X), XS));
    assertTrue(e6.getMessage().contains("no explicit range"), e6.getMessage());
    var e7 = assertThrows(UnsupportedExpressionException.class,
        () -> DoubleCompiler.compile(call("\\sigma", X, X), XS));
    assertTrue(e7.getMessage().contains("takes 1 argument"), e7.getMessage());
    assertThrows(UnsupportedExpressionException.class, () -> DoubleCompiler.compile(call("\\max"), XS));
  }

  @Test
  void everyBuiltinCompiles() throws Exception {
    for (Builtin b : Builtin.values()) {
      CompiledExpr c = DoubleCompiler.compile(b.call(X), XS);
      assertTrue(Double.isFinite(c.eval(new double[] {0.3})), b.latex());
    }
  }
}
