package derivcheck.expr;

import java.util.List;

/** {@code \lfloor arg \rfloor}. */
public record Floor(Expr arg) implements Expr {
  public Floor {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
