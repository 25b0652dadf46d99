package derivcheck.expr;

import java.util.List;

/** The quantifier {@code \forall bound}, as in {@code \forall i} or {@code \forall x \in S}; often a side condition. */
public record ForAll(Expr bound) implements Expr {
  public ForAll {
    Exprs.requireNonNull(bound);
  }

  @Override
  public List<Expr> children() {
    return List.of(bound);
  }
}
