package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A matrix written with an environment such as {@code bmatrix} or {@code pmatrix}. Rows all have the same length;
 * a blank cell is the number 0 (the usual convention). {@code env} is the environment name as written.
 */
public record MatrixLit(String env, List<List<Expr>> rows) implements Expr {
  public MatrixLit {
    if (env == null || env.isBlank()) throw new IllegalArgumentException("empty environment name");
    rows = rows.stream().map(List::copyOf).toList();
    if (rows.isEmpty() || rows.get(0).isEmpty()) throw new IllegalArgumentException("a matrix needs a cell");
    int width = rows.get(0).size();
    for (List<Expr> row : rows) {
      if (row.size() != width) throw new IllegalArgumentException("matrix rows differ in length");
      row.forEach(Exprs::requireNonNull);
    }
  }

  public int width() {
    return rows.get(0).size();
  }

  /** The cells row by row. */
  @Override
  public List<Expr> children() {
    var all = new ArrayList<Expr>();
    rows.forEach(all::addAll);
    return List.copyOf(all);
  }
}
