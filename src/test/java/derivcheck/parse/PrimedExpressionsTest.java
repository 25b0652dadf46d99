package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Expr;
import derivcheck.expr.Prime;
import derivcheck.expr.Var;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Primes after parentheses and on the document's own function names: the parser keeps them for the definitions. */
class PrimedExpressionsTest {
  @Test
  void aPrimeOnParenthesesIsAPrimeNode() {
    same(new Prime(div(v("u"), v("v")), 1), "(u/v)'");
    same(new Prime(mul(v("f"), v("g")), 2), "\\left(f g\\right)''");
    same(pow(new Prime(pow(v("x"), n(2)), 1), n(2)), "(x^2)'^2");
  }

  @Test
  void primedParenthesesWithAnArgumentAreTakenAtThatPoint() {
    same(new Prime(mul(v("f"), v("g")), 1, v("x")), "(fg)'(x)");
    same(new Prime(pow(v("x"), n(2)), 2, n(3)), "(x^2)''(3)");
    // with a space it is a product, as for any parentheses
    same(mul(new Prime(mul(v("f"), v("g")), 1), v("x")), "(fg)' (x)");
  }

  @Test
  void primesOnNumbersAreStillAnError() {
    assertTrue(error("(2)' = 0").contains("a prime needs a function name"));
  }

  @Test
  void aDocumentFunctionWithAPrimeAndNoArgumentIsAPrimedName() throws Exception {
    var parser = new LatexParser(new ParseOptions(Set.of("f", "g"), false));
    Expr e = parser.parseExpr("f'g + fg'");
    assertEquals(add(mul(v("f'"), v("g")), mul(v("f"), v("g'"))), e);
    assertTrue(error("\\sigma' = 1").contains("needs an argument"), "a builtin still needs its argument");
  }

  @Test
  void printsBackToWhatParsesToTheSameTree() {
    Expr e = expr("(u/v)''(2)");
    assertEquals(e, expr(derivcheck.render.LatexPrinter.print(e)));
    assertEquals(new Var("u"), ((Prime) expr("(u)'")).body());
  }
}
