package derivcheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoweringTest {
  static final Var X = new Var("x");
  static final Var Y = new Var("y");

  @Test
  void canonicalisesBuiltinAliases() throws Exception {
    assertEquals(Call.of("\\ln", X), Lowering.inline(Call.of("\\log", X), Definitions.builtinsOnly()));
    assertEquals(Call.of("\\operatorname{relu}", X),
        Lowering.inline(Call.of("\\operatorname{rect}", X), Definitions.builtinsOnly()));
  }

  @Test
  void inlinesUserFunctionsWithSimultaneousSubstitution() throws Exception {
    var defs = Definitions.builtinsOnly().with(
        new Definitions.FunctionDef("f", List.of(X, Y), Add.of(X, Mul.of(Num.TWO, Y))));
    Expr swapped = Lowering.inline(new Call("f", List.of(Y, X)), defs);
    assertEquals(Add.of(Y, Mul.of(Num.TWO, X)), swapped);
  }

  @Test
  void userDefinitionsOverrideBuiltins() throws Exception {
    var defs = Definitions.builtinsOnly().with(new Definitions.FunctionDef("\\sigma", List.of(X), new Pow(X, Num.TWO)));
    assertEquals(new Pow(Y, Num.TWO), Lowering.inline(Call.of("\\sigma", Y), defs));
  }

  @Test
  void primesOnUserFunctionsDifferentiateTheBody() throws Exception {
    var defs = Definitions.builtinsOnly().with(new Definitions.FunctionDef("g", List.of(X), new Pow(X, Num.of(3))));
    Expr d = Lowering.inline(new Call("g", 1, List.of(Y)), defs);
    assertEquals(Mul.of(Num.of(3), new Pow(Y, Num.TWO)), d);
  }

  @Test
  void keepsDerivativesForThePreciseRouteAndCarriesThemOutForTheFastOne() throws Exception {
    Expr claim = new Deriv(Call.of("\\sigma", X), X, 1, false);
    assertEquals(claim, Lowering.inline(claim, Definitions.builtinsOnly()));
    assertEquals(Differentiator.d(Call.of("\\sigma", X), X), Lowering.forNumeric(claim, Definitions.builtinsOnly()));
  }

  @Test
  void namedValuesAreReplacedButNotTheVariableOfDifferentiation() throws Exception {
    var p = new Var("p");
    var defs = Definitions.builtinsOnly().withValue(p, Call.of("\\sigma", X));
    assertEquals(Mul.of(Call.of("\\sigma", X), Num.TWO), Lowering.inline(Mul.of(p, Num.TWO), defs));
    // d/dp (p p) is 2p whatever p stands for; only then does p become sigma(x).
    Expr d = new Deriv(Mul.of(p, p), p, 1, false);
    assertEquals(Add.of(Call.of("\\sigma", X), Call.of("\\sigma", X)), Lowering.inline(d, defs));
  }

  @Test
  void reportsArityAndCycles() {
    var e = assertThrows(LoweringException.class,
        () -> Lowering.inline(new Call("\\tanh", List.of(X, Y)), Definitions.builtinsOnly()));
    assertEquals("\\tanh takes 1 argument, not 2", e.getMessage());
    var a = new Var("a");
    var b = new Var("b");
    var cyclic = Definitions.builtinsOnly().withValue(a, Add.of(b, Num.ONE)).withValue(b, Add.of(a, Num.ONE));
    var c = assertThrows(LoweringException.class, () -> Lowering.inline(a, cyclic));
    assertEquals("definitions refer to each other in a cycle", c.getMessage());
  }
}
