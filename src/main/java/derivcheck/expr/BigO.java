package derivcheck.expr;

import java.util.List;

/** Asymptotic notation {@code O(arg)} (also {@code \mathcal{O}(arg)}); not an ordinary function. */
public record BigO(Expr arg) implements Expr {
  public BigO {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
