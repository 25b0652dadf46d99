package derivcheck.expr;

import java.util.List;

/** Unary minus: {@code -a}. In a sum it prints as subtraction. */
public record Neg(Expr arg) implements Expr {
  public Neg {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
