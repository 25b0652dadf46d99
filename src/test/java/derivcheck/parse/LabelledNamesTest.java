package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layer labels written as plain superscripts ({@code \mathbf{h}^1}) once the name is declared with its label. */
class LabelledNamesTest {
  private static final LatexParser DECLARED = new LatexParser(
      ParseOptions.defaults().withLabelledNames(Set.of("\\mathbf{h}^{1}", "\\mathbf{a}^{2}")));

  private static Expr read(String src) throws ParseError {
    return DECLARED.parseExpr(src);
  }

  @Test
  void undeclaredSuperscriptsAreStillPowers() {
    same(pow(v("\\mathbf{h}"), n(1)), "\\mathbf{h}^1");
    same(pow(v("a"), n(2)), "a^2");
  }

  @Test
  void declaredLabelsNameTheVector() throws ParseError {
    assertEquals(v("\\mathbf{h}^{1}"), read("\\mathbf{h}^1"));
    assertEquals(v("\\mathbf{h}^{1}"), read("\\mathbf{h}^{1}"));
    // the plain letter with the label names an entry of the bold vector
    assertEquals(new Indexed(new Var("a^{2}"), List.of(v("i"))), read("a^2_i"));
    // a label not declared for this name stays a power
    assertEquals(pow(v("\\mathbf{h}"), n(2)), read("\\mathbf{h}^2"));
    assertEquals(pow(v("x"), n(2)), read("x^2"));
  }

  @Test
  void aDefinitionHeadWithANumberLabelIsAName() throws ParseError {
    Chain c = new LatexParser(ParseOptions.defaults()).parseDefinition("\\mathbf{h}^1 = \\mathbf{x} * \\mathbf{w}");
    assertEquals(v("\\mathbf{h}^{1}"), c.terms().get(0));
    Chain d = new LatexParser(ParseOptions.defaults()).parseDefinition("\\mathbf{w}^2 \\in \\mathbb{R}^{k}");
    assertEquals("\\mathbf{w}^{2}", ((derivcheck.expr.Infix) d.terms().get(0)).lhs() instanceof Var w ? w.name() : "");
  }
}
