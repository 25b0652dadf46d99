package derivcheck.expr;

import java.util.List;

/** Matrix or vector transpose: {@code \mathbf{p}^\top}, {@code [a, b]^\top}. */
public record Transpose(Expr arg) implements Expr {
  public Transpose {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return List.of(arg);
  }
}
