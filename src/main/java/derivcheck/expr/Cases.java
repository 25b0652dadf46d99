package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A piecewise definition, {@code \begin{cases} v_1 & c_1 \\ v_2 & c_2 \end{cases}}. Each condition is a
 * {@link Compare}, {@link Infix} or similar statement, or a {@link Text} such as {@code otherwise}.
 */
public record Cases(List<Expr> values, List<Expr> conditions) implements Expr {
  public Cases {
    values = List.copyOf(values);
    conditions = List.copyOf(conditions);
    if (values.isEmpty() || values.size() != conditions.size()) {
      throw new IllegalArgumentException("each case needs a value and a condition");
    }
  }

  /** Value and condition of each case, interleaved: v_1, c_1, v_2, c_2, ... */
  @Override
  public List<Expr> children() {
    var all = new ArrayList<Expr>();
    for (int i = 0; i < values.size(); i++) {
      all.add(values.get(i));
      all.add(conditions.get(i));
    }
    return List.copyOf(all);
  }
}
