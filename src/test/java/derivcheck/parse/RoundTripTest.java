package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Expr;
import derivcheck.render.LatexPrinter;
import derivcheck.render.RandomExprs;
import derivcheck.render.TextForm;
import org.junit.jupiter.api.Test;

/** For every tree, printing it as LaTeX and parsing that gives back an equal tree. */
class RoundTripTest {
  private final LatexParser parser = new LatexParser(ParseOptions.defaults());

  @Test
  void generatedTreesSurvivePrintingAndParsing() {
    var random = new RandomExprs(2026);
    for (int i = 0; i < 3000; i++) roundTrip(random.next(4));
  }

  @Test
  void treesWithNotationSurvivePrintingAndParsing() {
    var random = RandomExprs.withNotation(2027);
    for (int i = 0; i < 4000; i++) roundTrip(random.next(4));
  }

  private void roundTrip(Expr e) {
    String latex = LatexPrinter.print(e);
    Expr back;
    try {
      back = parser.parseExpr(latex);
    } catch (ParseError err) {
      throw new AssertionError("cannot read back " + latex + " (" + TextForm.print(e) + "): " + err.getMessage(), err);
    }
    assertEquals(TextForm.print(e), TextForm.print(back), "printed as " + latex);
    assertEquals(e, back);
  }
}
