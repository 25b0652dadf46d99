package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.At;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.lib.Substitution;
import derivcheck.lib.Variables;
import derivcheck.render.LatexPrinter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluation bars: {@code \left. f \right|_{x=a}} and {@code f \Big|_{x=a}}. */
class EvaluationBarTest {
  private static final Expr X_SIGMA_X_PRIME = new Deriv(mul(v("x"), call("\\sigma", v("x"))), v("x"), 1, false);

  @Test
  void aDerivativeOfANamedFunctionAtAPointIsItsPrime() {
    Expr prime = new Call("\\sigma", 1, List.of(n(0)));
    same(prime, "\\left. \\frac{d}{dx}\\sigma(x) \\right|_{x=0}");
    same(prime, "\\frac{d}{dx}\\sigma(x) \\Big|_{x=0}");
  }

  @Test
  void anyOtherDerivativeKeepsTheBar() {
    same(new At(X_SIGMA_X_PRIME, v("x"), n(0)), "\\frac{d}{dx} (x \\sigma(x)) \\bigg|_{x = 0}");
    same(new At(X_SIGMA_X_PRIME, v("x"), n(0)), "\\left. \\frac{d}{dx} (x \\sigma(x)) \\right|_{x=0}");
  }

  @Test
  void withoutADerivativeTheBarSubstitutes() {
    same(add(pow(n(2), n(2)), n(1)), "x^2 + 1 \\Big|_{x=2}");
  }

  @Test
  void theBarEndsTheSideOfItsRelationOnly() {
    Chain c = chain("a + \\frac{d}{dx} x^3 \\Big|_{x=1} = 3 + a");
    // the bar takes the whole side before it, back to the relation
    assertEquals(new At(add(v("a"), new Deriv(pow(v("x"), n(3)), v("x"), 1, false)), v("x"), n(1)), c.terms().get(0));
    assertEquals(add(n(3), v("a")), c.terms().get(1));
  }

  @Test
  void printsAndReadsBack() {
    Expr at = new At(X_SIGMA_X_PRIME, v("x"), v("a"));
    assertEquals(at, expr(LatexPrinter.print(at)));
  }

  @Test
  void theBarsVariableIsBound() {
    Expr at = new At(X_SIGMA_X_PRIME, v("x"), v("a"));
    assertEquals(java.util.Set.of(v("a")), Variables.free(at));
    // substituting x outside leaves the x of the bar alone
    assertEquals(new At(X_SIGMA_X_PRIME, v("x"), n(2)), Substitution.apply(at, Map.of(v("x"), n(5), v("a"), n(2))));
  }

  @Test
  void aBarWithoutItsPointIsAnError() {
    assertTrue(error("\\left. x \\right|").contains("evaluation bar only with the point below it"));
  }
}
