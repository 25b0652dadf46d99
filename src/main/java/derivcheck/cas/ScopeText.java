package derivcheck.cas;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short LaTeX-like text of an expression, for the scope of a proof ("for x \neq 0"). Not the project's renderer
 * (which lives elsewhere and is richer): this one only has to be unambiguous, so it parenthesises freely.
 */
final class ScopeText {
  private ScopeText() {}

  static String of(Expr e) {
    if (e instanceof Num n) return n.value().toPlainString();
    if (e instanceof Const c) {
      return c.equals(Const.E) ? "e" : c.equals(Const.PI) ? "\\pi" : "\\infty";
    }
    if (e instanceof Var v) return v.name();
    if (e instanceof Neg n) return "-" + atom(n.arg());
    if (e instanceof Add a) {
      var sb = new StringBuilder(of(a.terms().get(0)));
      for (Expr t : a.terms().subList(1, a.terms().size())) {
        sb.append(t instanceof Neg n ? " - " + atom(n.arg()) : " + " + of(t));
      }
      return sb.toString();
    }
    if (e instanceof Mul m) return m.factors().stream().map(ScopeText::atom).collect(Collectors.joining(" "));
    if (e instanceof Div d) return "\\frac{" + of(d.num()) + "}{" + of(d.den()) + "}";
    if (e instanceof Pow p) return atom(p.base()) + "^{" + of(p.exp()) + "}";
    if (e instanceof Abs a) return "|" + of(a.arg()) + "|";
    if (e instanceof derivcheck.expr.Floor f) return "\\lfloor " + of(f.arg()) + " \\rfloor";
    if (e instanceof derivcheck.expr.Ceil c) return "\\lceil " + of(c.arg()) + " \\rceil";
    if (e instanceof Call c) return c.fn() + "'".repeat(c.primes()) + "(" + list(c.args()) + ")";
    if (e instanceof Indexed i) return atom(i.base()) + "_{" + list(i.indices()) + "}";
    if (e instanceof Deriv d) return "\\frac{d}{d" + of(d.var()) + "} " + atom(d.body());
    if (e instanceof BigOp b) return (b.kind() == BigOp.Kind.SUM ? "\\sum_{" : "\\prod_{") + b.index().name()
        + "} " + atom(b.body());
    if (e instanceof derivcheck.expr.Prime p) {
      return "\\left(" + of(p.body()) + "\\right)" + "'".repeat(p.order()) + (p.at() == null ? "" : "(" + of(p.at()) + ")");
    }
    if (e instanceof derivcheck.expr.At a) return "\\left. " + of(a.body()) + " \\right|_{" + of(a.var()) + " = "
        + of(a.value()) + "}";
    throw Exprs.unknownNode(e);
  }

  /** A chain as text: {@code x > 0}. */
  static String of(Chain c) {
    var sb = new StringBuilder();
    int offset = c.leading() ? 0 : 1;
    if (!c.leading()) sb.append(of(c.terms().get(0)));
    for (int i = 0; i < c.relations().size(); i++) {
      sb.append(' ').append(c.relations().get(i).latex()).append(' ').append(of(c.terms().get(i + offset)));
    }
    return sb.toString().trim();
  }

  private static String list(List<Expr> items) {
    return items.stream().map(ScopeText::of).collect(Collectors.joining(", "));
  }

  private static String atom(Expr e) {
    boolean simple = e instanceof Num n && n.value().signum() >= 0 || e instanceof Var || e instanceof Const
        || e instanceof Call || e instanceof Abs || e instanceof Indexed;
    return simple ? of(e) : "(" + of(e) + ")";
  }
}
