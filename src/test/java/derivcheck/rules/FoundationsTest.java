package derivcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.render.TextForm;
import org.junit.jupiter.api.Test;

/** The helpers the rules stand on: exact numbers, terms, canonical keys, notation clean-up. */
class FoundationsTest {
  @Test
  void rationalsReduceAndReadDecimals() {
    assertEquals("1/2", Rational.valueOf(Tex.parse("0.5")).orElseThrow().toString());
    assertEquals("-3/2", Rational.valueOf(Tex.parse("-\\frac{6}{4}")).orElseThrow().toString());
    assertTrue(Rational.valueOf(Tex.parse("x")).isEmpty());
  }

  @Test
  void aTermSplitsOffItsCoefficient() {
    Term t = Term.of(Tex.parse("-2 x \\frac{y}{3}"));
    assertEquals("-2/3", t.coef().toString());
    assertEquals(2, t.factors().size());
    assertEquals("1/2", Term.of(Tex.parse("\\frac{x}{2}")).coef().toString());
  }

  @Test
  void keysIgnoreOrderAndSignPlacementOnly() {
    assertTrue(Ac.same(Tex.parse("-(a b) + c"), Tex.parse("c - b a")));
    assertTrue(Ac.same(Tex.parse("e^{-(x_1 - x_2)}"), Tex.parse("e^{x_2 - x_1}")));
    assertFalse(Ac.same(Tex.parse("a(b + c)"), Tex.parse("ab + ac")));
    assertFalse(Ac.same(Tex.parse("x + x"), Tex.parse("2x")));
  }

  @Test
  void tidyFlattensAndMovesSigns() {
    assertEquals("Neg[Div[x, y]]", TextForm.print(Tidy.clean(Tex.parse("\\frac{-x}{y}"))));
    assertEquals("Neg[Mul[2, x, y]]", TextForm.print(Tidy.clean(Tex.parse("x \\cdot (-2) \\cdot y"))));
    assertEquals("Add[a, b, c]", TextForm.print(Tidy.clean(Tex.parse("(a + b) + c + 0"))));
  }

  @Test
  void innermostRewritesTheDeepestPlaceFirst() {
    var out = Rewriter.innermost(FractionRules.COMBINE_FRACTIONS, Tex.parse("\\frac{1}{u}\\left(1 - \\frac{1}{u}"
        + "\\right) + \\frac{1}{v}")).orElseThrow();
    assertEquals(1, out.matched().size());
    assertEquals("Add[1, Neg[Div[1, u]]]", TextForm.print(out.matched().get(0)));
  }
}
