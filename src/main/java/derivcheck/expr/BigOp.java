package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A big operator over a bound index: {@code \sum_{j=1}^{n} body}, {@code \prod_j body}. {@code lower} and
 * {@code upper} are null when the author left the range implicit ({@code \sum_j}).
 */
public record BigOp(Kind kind, Var index, Expr lower, Expr upper, Expr body) implements Expr {
  public enum Kind { SUM, PROD }

  public BigOp {
    Exprs.requireNonNull(index);
    Exprs.requireNonNull(body);
    if ((lower == null) != (upper == null)) {
      throw new IllegalArgumentException("a range needs both bounds or neither");
    }
  }

  @Override
  public List<Expr> children() {
    var all = new ArrayList<Expr>();
    all.add(index);
    if (lower != null) all.add(lower);
    if (upper != null) all.add(upper);
    all.add(body);
    return List.copyOf(all);
  }
}
