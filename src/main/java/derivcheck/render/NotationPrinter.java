package derivcheck.render;

import derivcheck.expr.Add;
import derivcheck.expr.BigO;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * LaTeX for the notation beyond arithmetic (transposes, lists, matrices, norms, indicators, {@code \odot}, ...), so
 * that vector and matrix claims can be shown in reports. Readable rather than minimal: operands that are sums are
 * grouped.
 */
final class NotationPrinter {
  private NotationPrinter() {}

  static String print(Expr e) {
    if (e instanceof Transpose t) return operand(t.arg()) + "^\\top";
    if (e instanceof Tuple t) {
      String items = join(t.items());
      return t.bracket() == Tuple.Bracket.SQUARE ? "\\left[" + items + "\\right]" : "\\left(" + items + "\\right)";
    }
    if (e instanceof SetLit s) return "\\{" + join(s.items()) + "\\}";
    if (e instanceof MatrixLit m) {
      var rows = new ArrayList<String>();
      for (List<Expr> row : m.rows()) {
        var cells = new ArrayList<String>();
        for (Expr c : row) cells.add(LatexPrinter.print(c));
        rows.add(String.join(" & ", cells));
      }
      return "\\begin{" + m.env() + "} " + String.join(" \\\\ ", rows) + " \\end{" + m.env() + "}";
    }
    if (e instanceof Cases c) {
      var rows = new ArrayList<String>();
      for (int i = 0; i < c.values().size(); i++) {
        rows.add(LatexPrinter.print(c.values().get(i)) + " & " + LatexPrinter.print(c.conditions().get(i)));
      }
      return "\\begin{cases} " + String.join(" \\\\ ", rows) + " \\end{cases}";
    }
    if (e instanceof Dots d) {
      switch (d.kind()) {
        case CENTER: return "\\cdots";
        case VERTICAL: return "\\vdots";
        case DIAGONAL: return "\\ddots";
        default: return "\\dots";
      }
    }
    if (e instanceof Placeholder) return "\\cdot";
    if (e instanceof Text t) return "\\text{" + LatexPrinter.textEscape(t.text()) + "}";
    if (e instanceof Norm n) {
      return "\\|" + LatexPrinter.print(n.arg()) + "\\|" + (n.p() == null ? "" : "_{" + LatexPrinter.print(n.p()) + "}");
    }
    if (e instanceof Floor f) return "\\lfloor " + LatexPrinter.print(f.arg()) + " \\rfloor";
    if (e instanceof Ceil c) return "\\lceil " + LatexPrinter.print(c.arg()) + " \\rceil";
    if (e instanceof Inner i) {
      return "\\langle " + LatexPrinter.print(i.left()) + ", " + LatexPrinter.print(i.right()) + " \\rangle";
    }
    if (e instanceof Infix i) return operand(i.lhs()) + " " + i.op().latex() + " " + operand(i.rhs());
    if (e instanceof Compare c) {
      var out = new StringBuilder(LatexPrinter.print(c.terms().get(0)));
      for (int k = 0; k < c.relations().size(); k++) {
        out.append(' ').append(c.relations().get(k).latex()).append(' ').append(LatexPrinter.print(c.terms().get(k + 1)));
      }
      return out.toString();
    }
    if (e instanceof Gradient g) {
      String sub = g.var() == null ? "" : "_{" + LatexPrinter.print(g.var()) + "}";
      return "\\nabla" + sub + " " + operand(g.body());
    }
    if (e instanceof Limit l) {
      return "\\lim_{" + LatexPrinter.print(l.var()) + " \\to " + LatexPrinter.print(l.target()) + "} "
          + operand(l.body());
    }
    if (e instanceof Optimize o) {
      String op = switch (o.kind()) {
        case MIN -> "\\min";
        case MAX -> "\\max";
        case ARGMIN -> "\\operatorname{argmin}";
        case ARGMAX -> "\\operatorname{argmax}";
        case SUP -> "\\sup";
        case INF -> "\\inf";
      };
      return op + (o.over() == null ? "" : "_{" + LatexPrinter.print(o.over()) + "}") + " " + LatexPrinter.print(o.body());
    }
    if (e instanceof BigO o) return "O\\left(" + LatexPrinter.print(o.arg()) + "\\right)";
    if (e instanceof ForAll a) return "\\forall " + LatexPrinter.print(a.bound());
    if (e instanceof Indicator i) return "\\mathbf{1}_{" + LatexPrinter.print(i.condition()) + "}";
    throw Exprs.unknownNode(e);
  }

  private static String join(List<Expr> items) {
    var parts = new ArrayList<String>();
    for (Expr x : items) parts.add(LatexPrinter.print(x));
    return String.join(", ", parts);
  }

  /** An operand of a postfix or infix operator: names, entries and brackets bare, anything else grouped. */
  private static String operand(Expr e) {
    String s = LatexPrinter.print(e);
    boolean bare = e instanceof Var || e instanceof Indexed || e instanceof Tuple || e instanceof MatrixLit
        || e instanceof Norm || e instanceof derivcheck.expr.Call || e instanceof derivcheck.expr.Num;
    if (bare && !(e instanceof Add) && !(e instanceof Neg)) return s;
    return "\\left(" + s + "\\right)";
  }
}
