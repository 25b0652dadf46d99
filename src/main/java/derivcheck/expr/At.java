package derivcheck.expr;

import java.util.List;

/**
 * An evaluation bar: {@code body} with {@code var} set to {@code value}, as in
 * {@code \left. \frac{d}{dx} \sigma(x) \right|_{x=0}} or {@code f'(x) \Big|_{x=a}}. {@code var} is bound in
 * {@code body} (like a derivative's variable), so the whole does not depend on it; the parser keeps this node only
 * where plain substitution would be wrong, around a derivative with respect to {@code var}.
 */
public record At(Expr body, Expr var, Expr value) implements Expr {
  public At {
    Exprs.requireNonNull(body);
    Exprs.requireNonNull(var);
    Exprs.requireNonNull(value);
    if (!(var instanceof Var || var instanceof Indexed)) {
      throw new IllegalArgumentException("an evaluation bar sets a variable");
    }
  }

  @Override
  public List<Expr> children() {
    return List.of(body, var, value);
  }
}
