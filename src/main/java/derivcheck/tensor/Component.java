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

  /** {@code n = 3, i = 2, j = 1}. */
  public String label() {
    var parts = new java.util.ArrayList<String>();
    where.forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }
}
