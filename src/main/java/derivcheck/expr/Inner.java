package derivcheck.expr;

import java.util.List;

/** An inner product {@code \langle left, right \rangle}. */
public record Inner(Expr left, Expr right) implements Expr {
  public Inner {
    Exprs.requireNonNull(left);
    Exprs.requireNonNull(right);
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }
}
