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
    return Exprs.mapChildren(e, c -> apply(c, replacements));
  }
}
