package derivcheck.expr;

import java.util.List;

/** Absolute value {@code |a|}. */
public record Abs(Expr arg) implements Expr {
  public Abs {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
