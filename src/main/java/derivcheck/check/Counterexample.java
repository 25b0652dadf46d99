package derivcheck.check;

import derivcheck.expr.Expr;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A point where a step fails, with both sides evaluated there at high precision ({@code lhs}, {@code rhs} are
 * decimal strings rounded for display; {@code null} for a side that is undefined there).
 */
public record Counterexample(Map<Expr, BigDecimal> point, String lhs, String rhs) {
  public Counterexample {
    point = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(point));
  }
}
