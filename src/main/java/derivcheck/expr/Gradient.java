package derivcheck.expr;

import java.util.ArrayList;
import java.util.List;

/** {@code \nabla body}, or {@code \nabla_{var} body} when {@code var} is not null. */
public record Gradient(Expr body, Expr var) implements Expr {
  public Gradient {
    Exprs.requireNonNull(body);
  }

  @Override
  public List<Expr> children() {
    var all = new ArrayList<Expr>();
    all.add(body);
    if (var != null) all.add(var);
    return List.copyOf(all);
  }
}
