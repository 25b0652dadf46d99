package derivcheck.expr;

import java.util.List;

/** A sum of two or more terms; {@code a - b} is {@code Add[a, Neg[b]]}. */
public record Add(List<Expr> terms) implements Expr {
  public Add {
    terms = Exprs.atLeastTwo(terms, "sum");
  }

  public static Add of(Expr... terms) {
    return new Add(List.of(terms));
  }

  @Override
  public List<Expr> children() {
    return terms;
  }
}
