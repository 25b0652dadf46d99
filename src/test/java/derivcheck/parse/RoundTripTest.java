package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Expr;
import derivcheck.render.LatexPrinter;
import derivcheck.render.RandomExprs;
import derivcheck.render.TextForm;
import org.junit.jupiter.api.Test;

/** For every tree, printing it as LaTeX and parsing that gives back an equal tree. */
class RoundTripTest {
  @Test
  void generatedTreesSurvivePrintingAndParsing() throws ParseError {
    var random = new RandomExprs(2026);
    var parser = new LatexParser(ParseOptions.defaults());
    for (int i = 0; i < 3000; i++) {
      Expr e = random.next(4);
      String latex = LatexPrinter.print(e);
      Expr back;
      try {
        back = parser.parseExpr(latex);
      } catch (ParseError err) {
        throw new AssertionError("cannot read back " + latex + " (" + TextForm.print(e) + "): " + err.reason(), err);
      }
      assertEquals(TextForm.print(e), TextForm.print(back), "printed as " + latex);
      assertEquals(e, back);
    }
  }
}
