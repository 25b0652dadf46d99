package derivcheck.run;

import derivcheck.check.Step;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Gradient;
import derivcheck.lib.Definitions;
import derivcheck.render.LatexPrinter;
import java.util.Optional;

/**
 * Finds a derivative of a bare name the document never defined, such as {@code \partial L / \partial z} when
 * {@code L} is only described in words. Read literally, {@code L} is an unknown independent of {@code z} and the
 * derivative is 0, which would refute a correct step; such a step is not checked instead.
 */
final class UndefinedDerivatives {
  private UndefinedDerivatives() {}

  /** The reason the step cannot be checked, if it differentiates an undefined name. */
  static Optional<String> find(Step s) {
    Optional<String> left = find(s.lhs(), s.defs());
    return left.isPresent() ? left : find(s.rhs(), s.defs());
  }

  private static Optional<String> find(Expr e, Definitions defs) {
    Expr body = null;
    Expr var = null;
    if (e instanceof Deriv d) {
      body = d.body();
      var = d.var();
    } else if (e instanceof Gradient g) {
      body = g.body();
      var = g.var();
    }
    if (body != null && DefinitionRule.isName(body) && !body.equals(var) && defs.value(body).isEmpty()) {
      return Optional.of("differentiates " + LatexPrinter.print(body) + ", which the document does not define");
    }
    for (Expr c : e.children()) {
      Optional<String> inner = find(c, defs);
      if (inner.isPresent()) return inner;
    }
    return Optional.empty();
  }
}
