package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * An optimum over a range: {@code \min_{k \le K} body}, {@code \operatorname{argmin}_{\mathbf{w}} body}.
 * {@code over} is what the author wrote below the operator (a variable or a {@link Compare}), or null.
 * Two-argument {@code \max(a, b)} is a {@link Call}, not this.
 */
public record Optimize(Kind kind, Expr over, Expr body) implements Expr {
  public enum Kind { MIN, MAX, ARGMIN, ARGMAX, SUP, INF }

  public Optimize {
    if (kind == null) throw new IllegalArgumentException("null kind");
    Exprs.requireNonNull(body);
  }

  @Override
  public List<Expr> children() {
    var all = new ArrayList<Expr>();
    if (over != null) all.add(over);
    all.add(body);
    return List.copyOf(all);
  }
}
