package derivcheck.expr;

import java.util.List;

/** A set written by its elements: {@code \{1, \dots, K-1\}}, {@code \{x > 0\}}; may be empty. */
public record SetLit(List<Expr> items) implements Expr {
  public SetLit {
    items = List.copyOf(items);
  }

  @Override
  public List<Expr> children() {
    return items;
  }
}
