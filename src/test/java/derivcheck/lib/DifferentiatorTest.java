package derivcheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.numeric.DoubleCompiler;
import derivcheck.numeric.PreciseEvaluator;
import derivcheck.numeric.PreciseValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The symbolic differentiator against the high-precision evaluator, which differentiates numerically: two
 * independent routes to the same derivative must agree.
 */
class DifferentiatorTest {
  static final Var X = new Var("x");
  static final Var Y = new Var("y");

  static Stream<Expr> bodies() {
    return Stream.of(
        Builtin.SIGMA.call(X),
        Builtin.TANH.call(Mul.of(Num.TWO, X)),
        Builtin.SOFTPLUS.call(new Neg(X)),
        Builtin.SOFTSIGN.call(X),
        new Div(X, Add.of(Num.ONE, new Abs(X))),
        new Pow(X, Num.of(3)),
        new Pow(Const.E, Mul.of(X, Y)),
        new Pow(Builtin.SIGMA.call(X), X),
        Mul.of(Builtin.SIN.call(X), Builtin.EXP.call(X)),
        Builtin.LN.call(Add.of(Num.ONE, Mul.of(X, X))),
        new Div(Builtin.COS.call(X), Add.of(Num.TWO, Builtin.SINH.call(X))),
        Builtin.SQRT.call(Add.of(Num.ONE, Mul.of(X, X))),
        Builtin.TAN.call(new Div(X, Num.of(3))),
        Builtin.COSH.call(X),
        Builtin.RELU.call(Add.of(X, Y)),
        new Call("\\max", List.of(X, Mul.of(Num.TWO, Y))),
        Mul.of(Y, Builtin.HEAVISIDE.call(X)),
        Builtin.SEC.call(X),
        Builtin.CSC.call(X),
        Builtin.COT.call(X),
        Builtin.SECH.call(X),
        Builtin.CSCH.call(X),
        Builtin.COTH.call(X),
        Builtin.SILU.call(X));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void firstAndSecondDerivativesAgreeWithNumericalDifferentiation(Expr body) throws Exception {
    var vars = List.<Expr>of(X, Y);
    var precise = new PreciseEvaluator(40);
    for (int order = 1; order <= 2; order++) {
      Expr symbolic = Lowering.forNumeric(new Deriv(body, X, order, false), Definitions.builtinsOnly());
      var compiled = DoubleCompiler.compile(symbolic, vars);
      for (double[] p : new double[][] {{0.7, -1.3}, {-1.9, 0.4}, {2.3, 1.1}}) {
        PreciseValue exact = precise.eval(new Deriv(body, X, order, false), PreciseEvaluator.point(vars, p));
        if (!(exact instanceof PreciseValue.Finite f)) continue; // a kink or outside the domain
        double want = f.value().doubleValue();
        double got = compiled.eval(p);
        assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), () -> "d^n/dx^n of " + body);
      }
    }
  }

  @Test
  void entriesWithConstantIndicesAreTheirOwnUnknowns() throws Exception {
    Expr x1 = new Indexed(X, List.of(Num.ONE));
    assertEquals(Num.ZERO, Differentiator.d(x1, X));
    assertEquals(Num.ONE, Differentiator.d(x1, x1));
  }

  @Test
  void undefinedFunctionsCannotBeDifferentiated() {
    var e = assertThrows(LoweringException.class, () -> Differentiator.d(Call.of("f", X), X));
    assertEquals("cannot differentiate f: it is not defined (declare it with \\define)", e.getMessage());
  }

  @Test
  void sigmoidDerivativeIsWrittenWithSigmoid() throws Exception {
    Expr d = Differentiator.d(Builtin.SIGMA.call(X), X);
    var m = assertInstanceOf(Mul.class, d);
    assertEquals(Builtin.SIGMA.call(X), m.factors().get(0));
  }
}
