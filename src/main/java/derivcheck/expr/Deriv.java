package derivcheck.expr;

import java.util.List;

/**
 * A derivative operator applied to a body: {@code \frac{d}{dx} body}, {@code \frac{\partial^2 body}{\partial a^2}}.
 * {@code var} is a {@link Var} or an {@link Indexed} variable, or an application ({@code \partial a(\mathbf{x},
 * \theta)}: the derivative by a fresh variable put in the application's place); {@code partial} only records how
 * it was written.
 */
public record Deriv(Expr body, Expr var, int order, boolean partial) implements Expr {
  public Deriv {
    Exprs.requireNonNull(body);
    Exprs.requireNonNull(var);
    if (!(var instanceof Var || var instanceof Indexed || var instanceof Call)) {
      throw new IllegalArgumentException("can only differentiate with respect to a variable");
    }
    if (order < 1) throw new IllegalArgumentException("derivative order must be at least 1");
  }

  @Override
  public List<Expr> children() {
    return List.of(body, var);
  }
}
