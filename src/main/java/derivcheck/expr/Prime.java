package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Primes written after a parenthesised expression, {@code (u/v)'} or {@code (fg)'}: the derivative of {@code body}
 * by a variable the notation leaves implicit. The definitions in force settle it (the one variable the body depends
 * on once its names are given their values); the parser cannot, so it keeps this node. {@code at} is the point of
 * {@code (fg)'(a)}, or null: the derivative is then taken at that value of the variable.
 */
public record Prime(Expr body, int order, Expr at) implements Expr {
  public Prime {
    Exprs.requireNonNull(body);
    if (order < 1) throw new IllegalArgumentException("a prime has order at least 1");
  }

  public Prime(Expr body, int order) {
    this(body, order, null);
  }

  @Override
  public List<Expr> children() {
    var out = new ArrayList<Expr>();
    out.add(body);
    if (at != null) out.add(at);
    return List.copyOf(out);
  }
}
