package derivcheck.expr;

import java.util.List;

/**
 * The indicator {@code \mathbf{1}_{condition}}: 1 where the condition holds, else 0. {@code \mathbf{1}_S(x)} is
 * {@code Indicator[x \in S]}.
 */
public record Indicator(Expr condition) implements Expr {
  public Indicator {
    Exprs.requireNonNull(condition);
  }

  @Override
  public List<Expr> children() {
    return List.of(condition);
  }
}
