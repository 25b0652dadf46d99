package derivcheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Prime;
import derivcheck.expr.Var;
import org.junit.jupiter.api.Test;

/** A prime whose variable the notation leaves implicit gets it from the definitions in force. */
class PrimeVariableTest {
  static final Var X = new Var("x");
  static final Var W = new Var("w");
  static final Var U = new Var("u");
  static final Var V = new Var("v");
  static final Expr E_X = new Pow(Const.E, X);
  static final Expr E_MINUS_X = new Pow(Const.E, new Neg(X));
  static final Definitions UV = Definitions.builtinsOnly()
      .withValue(U, Add.of(E_X, new Neg(E_MINUS_X)))
      .withValue(V, Add.of(E_X, E_MINUS_X));

  private static double at(Expr e, double x) throws Exception {
    Expr lowered = Lowering.forNumeric(e, Definitions.builtinsOnly());
    return derivcheck.numeric.DoubleCompiler.compile(lowered, java.util.List.of(X)).eval(new double[] {x});
  }

  @Test
  void aPrimedNameOfAQuantityInOneVariableIsItsDerivative() throws Exception {
    Expr du = Lowering.inline(new Var("u'"), UV);
    assertEquals(new Deriv(Add.of(E_X, new Neg(E_MINUS_X)), X, 1, false), du);
    Expr ddu = Lowering.forNumeric(new Var("u''"), UV);
    assertEquals(Math.exp(0.7) - Math.exp(-0.7), at(ddu, 0.7), 1e-12);
  }

  @Test
  void aPrimeOnAnExpressionOfDefinedNamesDifferentiatesTheExpression() throws Exception {
    Expr quotient = Lowering.forNumeric(new Prime(new Div(U, V), 1), UV);
    double t = Math.tanh(0.3);
    assertEquals(1 - t * t, at(quotient, 0.3), 1e-12);
    Expr atTwo = Lowering.forNumeric(new Prime(new Div(U, V), 1, Num.TWO), UV);
    assertEquals(1 - Math.pow(Math.tanh(2), 2), at(atTwo, 0.3), 1e-12, "(u/v)'(2) is taken at x = 2");
  }

  @Test
  void anUndefinedPrimedNameIsANameOfItsOwn() throws Exception {
    assertEquals(new Var("x'"), Lowering.inline(new Var("x'"), UV));
  }

  @Test
  void twoVariablesLeaveThePrimeOpenWithAReason() {
    var defs = Definitions.builtinsOnly().withValue(new Var("z"), Call.of("\\tanh", Mul.of(W, X)));
    var e = assertThrows(LoweringException.class, () -> Lowering.inline(new Var("z'"), defs));
    assertTrue(e.unsettled());
    assertTrue(e.getMessage().contains("z depends on w and x"), e::getMessage);
    assertTrue(e.getMessage().contains("dz/dx"), e::getMessage);
    var mixed = assertThrows(LoweringException.class,
        () -> Lowering.inline(new Prime(Mul.of(U, W), 1), UV));
    assertTrue(mixed.unsettled() && mixed.getMessage().contains("depends on w and x"), mixed::getMessage);
  }

  @Test
  void aPrimeOnUndefinedNamesIsNotGuessed() {
    // (y^2)' = 2 y y' is about a y that depends on something: d/dy would make a correct step false
    var e = assertThrows(LoweringException.class,
        () -> Lowering.inline(new Prime(new Pow(new Var("y"), Num.TWO), 1), UV));
    assertTrue(e.unsettled());
    assertTrue(e.getMessage().contains("does not define"), e::getMessage);
  }

  @Test
  void aConstantBaseNamesNoDerivative() {
    var defs = Definitions.builtinsOnly().withValue(new Var("c"), Num.TWO);
    var e = assertThrows(LoweringException.class, () -> Lowering.inline(new Var("c'"), defs));
    assertTrue(e.unsettled());
  }

  @Test
  void recognisesPrimedValues() {
    assertTrue(Lowering.isPrimedValue(new Var("u'"), UV));
    assertTrue(!Lowering.isPrimedValue(new Var("x'"), UV));
    assertTrue(!Lowering.isPrimedValue(U, UV));
  }
}
