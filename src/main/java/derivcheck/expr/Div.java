package derivcheck.expr;

import java.util.List;

/** A quotient, {@code \frac{num}{den}} or {@code num / den}. */
public record Div(Expr num, Expr den) implements Expr {
  public Div {
    Exprs.requireNonNull(num);
    Exprs.requireNonNull(den);
  }

  @Override
  public List<Expr> children() {
    return List.of(num, den);
  }
}
