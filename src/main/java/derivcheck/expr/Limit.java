package derivcheck.expr;

import java.util.List;

/** {@code \lim_{var \to target} body}. */
public record Limit(Expr var, Expr target, Expr body) implements Expr {
  public Limit {
    Exprs.requireNonNull(var);
    Exprs.requireNonNull(target);
    Exprs.requireNonNull(body);
  }

  @Override
  public List<Expr> children() {
    return List.of(var, target, body);
  }
}
