package derivcheck.cli;

import derivcheck.expr.Expr;
import derivcheck.render.LatexPrinter;

/** Prints a step's sides for reports without letting a node the printer does not know yet end the run. */
final class Printing {
  private Printing() {}

  static String latex(Expr e) {
    if (e == null) return null;
    try {
      return LatexPrinter.print(e);
    } catch (RuntimeException ex) {
      return "\\text{(cannot print: " + e.getClass().getSimpleName() + ")}";
    }
  }
}
