package derivcheck.expr;

import java.util.List;

/** An ordered list of two or more entries: {@code (a_0, \dots, a_{n-1})}, {@code [\sigma(z), 1 - \sigma(z)]}. */
public record Tuple(Bracket bracket, List<Expr> items) implements Expr {
  /** How the author bracketed the list; it does not change the meaning. */
  public enum Bracket { PAREN, SQUARE }

  public Tuple {
    if (bracket == null) throw new IllegalArgumentException("null bracket");
    items = Exprs.atLeastTwo(items, "tuple");
  }

  @Override
  public List<Expr> children() {
    return items;
  }
}
