package derivcheck.tensor;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scalar claim a vector or matrix claim stands for at one size: {@code lhs} and {@code rhs} are scalar trees over
 * scalar unknowns, {@code conditions} scalar side conditions, {@code where} the size, free indices and entry it is
 * about, in order ({@code n = 3, i = 2, j = 1}).
 */
public record Component(Map<String, Integer> where, Expr lhs, Expr rhs, List<Chain> conditions) {
  public Component {
    where = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(where));
    conditions = List.copyOf(conditions);
  }

  /** Nodes of both sides written out as trees (shared subtrees counted each time they occur). */
  public long size() {
    var memo = new java.util.IdentityHashMap<Expr, Long>();
    return unfolded(lhs, memo) + unfolded(rhs, memo);
  }

  private static long unfolded(Expr e, java.util.IdentityHashMap<Expr, Long> memo) {
    Long known = memo.get(e);
    if (known != null) return known;
    long n = 1;
    for (Expr c : e.children()) n = Math.min(Long.MAX_VALUE / 2, n + unfolded(c, memo));
    memo.put(e, n);
    return n;
  }

  /** {@code n = 3, i = 2, j = 1}. */
  public String label() {
    var parts = new java.util.ArrayList<String>();
    where.forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }
}
