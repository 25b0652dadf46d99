package derivcheck.lib;

import derivcheck.expr.BigOp;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The scalar unknowns of an expression: free {@link Var}s, and entries with constant indices such as {@code x_1},
 * which are unknowns of their own (distinct from {@code x}). Indices bound by a sum are not free.
 */
public final class Variables {
  private Variables() {}

  public static Set<Expr> free(Expr e) {
    var out = new LinkedHashSet<Expr>();
    collect(e, new HashSet<>(), out);
    return out;
  }

  /** Whether {@code e} depends on the unknown {@code var} (a Var or a constant-indexed entry). */
  public static boolean dependsOn(Expr e, Expr var) {
    return free(e).contains(var);
  }

  /** A {@code Var}-based entry with number indices, like {@code x_1} or {@code W_{12}}. */
  public static boolean isScalarEntry(Expr e) {
    return e instanceof Indexed i
        && i.base() instanceof Var
        && i.indices().stream().allMatch(x -> x instanceof Num);
  }

  private static void collect(Expr e, Set<Var> bound, Set<Expr> out) {
    if (e instanceof Var v) {
      if (!bound.contains(v)) out.add(v);
      return;
    }
    if (isScalarEntry(e)) {
      out.add(e);
      return;
    }
    if (e instanceof BigOp b) {
      if (b.lower() != null) collect(b.lower(), bound, out);
      if (b.upper() != null) collect(b.upper(), bound, out);
      var inner = new HashSet<>(bound);
      inner.add(b.index());
      collect(b.body(), inner, out);
      return;
    }
    if (e instanceof derivcheck.expr.At a) {
      collect(a.value(), bound, out);
      var inBody = new java.util.LinkedHashSet<Expr>();
      collect(a.body(), bound, inBody);
      inBody.remove(a.var()); // set by the bar
      out.addAll(inBody);
      return;
    }
    for (Expr c : e.children()) collect(c, bound, out);
  }
}
