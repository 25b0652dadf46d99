package derivcheck.expr;

import java.util.List;

/** A power {@code base^{exp}}; {@code e^{x}} is {@code Pow[Const E, x]}. */
public record Pow(Expr base, Expr exp) implements Expr {
  public Pow {
    Exprs.requireNonNull(base);
    Exprs.requireNonNull(exp);
  }

  @Override
  public List<Expr> children() {
    return List.of(base, exp);
  }
}
