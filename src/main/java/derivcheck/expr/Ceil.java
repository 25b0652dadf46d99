package derivcheck.expr;

import java.util.List;

/** {@code \lceil arg \rceil}. */
public record Ceil(Expr arg) implements Expr {
  public Ceil {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
