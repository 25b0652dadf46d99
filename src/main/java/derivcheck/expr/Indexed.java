package derivcheck.expr;

import java.util.List;

/**
 * A subscripted expression: {@code x_i}, {@code W_{kj}}, {@code S(\mathbf{x})_i}. With constant indices on a plain
 * variable ({@code x_1}) it is simply another scalar variable.
 */
public record Indexed(Expr base, List<Expr> indices) implements Expr {
  public Indexed {
    Exprs.requireNonNull(base);
    indices = List.copyOf(indices);
    if (indices.isEmpty()) throw new IllegalArgumentException("an index list cannot be empty");
  }

  @Override
  public List<Expr> children() {
    var all = new java.util.ArrayList<Expr>();
    all.add(base);
    all.addAll(indices);
    return List.copyOf(all);
  }
}
