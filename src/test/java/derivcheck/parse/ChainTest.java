package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.ForAll;
import derivcheck.expr.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTest {
  @Test
  void relationsInAllSpellings() {
    Chain c = chain("a = b \\neq c \\ne d \\le e \\leq f \\leqslant g \\ge h \\geq i \\geqslant j < k > l "
        + "\\approx m := n ≤ o ≥ p ≠ q ≈ r");
    assertEquals(List.of(Relation.EQ, Relation.NE, Relation.NE, Relation.LE, Relation.LE, Relation.LE, Relation.GE,
        Relation.GE, Relation.GE, Relation.LT, Relation.GT, Relation.APPROX, Relation.EQ, Relation.LE,
        Relation.GE, Relation.NE, Relation.APPROX), c.relations(), ":= inside a chain is equality by definition");
    assertFalse(c.leading());
    for (String defines : List.of(":=", "\\coloneqq", "\u2254")) {
      assertEquals(List.of(Relation.DEFINES), chain("a " + defines + " b").relations(), defines);
    }
  }

  @Test
  void definesOnlyAtTheStartOfAChain() {
    assertEquals(List.of(Relation.DEFINES, Relation.EQ), chain("f(x) := x^2 = x x").relations());
    assertEquals(List.of(Relation.EQ, Relation.EQ), chain("a = b := c").relations());
    assertEquals(List.of(Relation.EQ), chain("&:= 1 - t").relations(), "a continued row is equal by definition");
  }

  @Test
  void anAlignRowMayStartWithItsRelation() {
    Chain c = chain("&= 2x \\\\");
    assertTrue(c.leading());
    assertEquals(List.of(mul(n(2), v("x"))), c.terms());
    assertEquals(List.of(Relation.EQ), c.relations());
    assertEquals(Chain.of(v("a"), Relation.LE, v("b")), chain("a &\\le& b"));
  }

  @Test
  void labelsTagsSpacingAndTrailingPunctuationAreDropped() {
    Chain expected = Chain.of(v("a"), Relation.EQ, v("b"));
    assertEquals(expected, chain("a = b \\label{eq:one} \\tag{2} \\nonumber"));
    assertEquals(expected, chain("\\displaystyle a \\, = \\; b \\notag."));
    assertEquals(expected, chain("a = b. \\qquad \\blacksquare"));
    assertEquals(expected, chain("a = b \\hfill \\qed"));
    assertEquals(expected, chain("a = b \\quad \\square"));
    assertEquals(expected, chain("a = b,"));
    assertEquals(expected, chain("a = b \\quad (3)"));
    assertEquals(expected, chain("a\\!=~b \\\\"));
    assertEquals(expected, chain("\\quad a = b"));
    assertEquals("hence", chain("\\text{hence } a = b").note());
    assertEquals(List.of(), chain("\\forall x \\in S").conditions());
  }

  @Test
  void sideConditions() {
    Chain gt = Chain.of(v("x"), Relation.GT, n(0));
    Chain ne = Chain.of(v("x"), Relation.NE, n(0));
    Chain main = Chain.of(v("f"), Relation.EQ, v("g"));
    assertEquals(List.of(gt), chain("f = g \\quad \\text{for } x > 0").conditions());
    assertEquals(List.of(ne), chain("f = g, \\; x \\neq 0").conditions());
    assertEquals(List.of(Chain.of(v("y"), Relation.EQ, n(1))), chain("f = g \\text{if } y = 1").conditions());
    assertEquals(List.of(ne), chain("f = g \\quad (x \\neq 0)").conditions());
    assertEquals(List.of(ne), chain("f = g \\quad \\text{where } (x \\neq 0)").conditions());
    assertEquals(List.of(gt, ne), chain("f = g \\quad \\text{for } x > 0 \\text{ and } x \\neq 0").conditions());
    assertEquals(List.of(Chain.single(new ForAll(v("i")))), chain("f = g, \\forall i").conditions());
    assertEquals(List.of(Chain.single(new ForAll(derivcheck.expr.Compare.of(v("x"), Relation.NE, n(0))))),
        chain("f = g \\quad \\forall x \\neq 0").conditions());
    assertEquals(main.terms(), chain("f = g \\quad \\text{for } x > 0").terms());
  }

  @Test
  void parenthesesWithoutAnIntroducerStayInTheFormula() {
    Chain c = chain("f = g(x \\neq 0)");
    assertTrue(c.conditions().isEmpty());
  }

  @Test
  void notes() {
    Chain c = chain("f' = g \\text{(chain rule)}");
    assertEquals("(chain rule)", c.note());
    assertEquals(List.of(), c.conditions());
    assertEquals("by definition", chain("a = b \\quad \\text{by definition}").note());
    assertEquals("", chain("a = b").note());
    assertEquals("trade-off", chain("a = \\underbrace{b}_{\\text{trade-off}}").note());
  }

  @Test
  void definitionsMakeTheHeadAFunction() throws ParseError {
    Chain c = PARSER.parseDefinition("\\phi(x) = \\sin x");
    assertEquals(call("\\phi", v("x")), c.terms().get(0));
    Chain d = PARSER.parseDefinition("\\text{mysquash}(x, y) = x y");
    assertEquals(call("\\operatorname{mysquash}", v("x"), v("y")), d.terms().get(0));
    Chain e = PARSER.parseDefinition("p (x) = x \\quad \\text{for } x > 0");
    assertEquals(call("p", v("x")), e.terms().get(0));
    Chain rec = PARSER.parseDefinition("q(n) = n q(n - 1)");
    assertEquals(mul(v("n"), new Call("q", List.of(add(v("n"), neg(n(1)))))), rec.terms().get(1));
    assertEquals(mul(v("p"), v("x")), chain("p(x) = x").terms().get(0));
  }

  @Test
  void statementsAreExpressions() {
    assertEquals(List.of(), chain("x \\in S").relations());
    assertEquals(new derivcheck.expr.Infix(derivcheck.expr.Infix.Op.IN, v("x"), v("S")), expr("x \\in S"));
  }
}
