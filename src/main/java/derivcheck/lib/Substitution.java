package derivcheck.lib;

import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import java.util.Map;

/** Simultaneous replacement of variables: {@code f(x, y)} with {@code x := y, y := x} swaps, as it should. */
public final class Substitution {
  private Substitution() {}

  public static Expr apply(Expr e, Map<? extends Expr, ? extends Expr> replacements) {
    if (replacements.isEmpty()) return e;
    Expr r = replacements.get(e);
    if (r != null) return r;
    if (e instanceof derivcheck.expr.At a && replacements.containsKey(a.var())) {
      var inner = new java.util.HashMap<Expr, Expr>(replacements);
      inner.remove(a.var()); // bound by the bar
      return new derivcheck.expr.At(apply(a.body(), inner), a.var(), apply(a.value(), replacements));
    }
    return Exprs.mapChildren(e, c -> apply(c, replacements));
  }
}
