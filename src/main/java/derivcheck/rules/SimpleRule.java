package derivcheck.rules;

import derivcheck.expr.Expr;
import java.util.Optional;
import java.util.function.Function;

/** A rule given by its id, its justification and a function on the root. */
public record SimpleRule(String id, String justification, Function<Expr, Optional<Expr>> rewrite) implements Rule {
  @Override
  public Optional<Expr> apply(Expr e) {
    return rewrite.apply(e);
  }

  @Override
  public String toString() {
    return id;
  }
}
