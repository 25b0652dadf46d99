package derivcheck.lib;

import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Var;
import java.util.Map;
import java.util.Set;

/**
 * A derivative by an application, {@code \partial L(g(a(\mathbf{x},\theta)), y) / \partial a(\mathbf{x},\theta)}:
 * the application is a variable the rest depends on. A fresh variable takes its place in the body (after the
 * document's meanings are put in), the body is differentiated by it, and the application is put back.
 *
 * <p>Two readings are refused rather than guessed: a body that does not contain the application as written (then
 * the derivative would be 0 only because of how it is written), and one that still depends on the application's own
 * arguments elsewhere (then "the others held fixed" and "through the application" differ).
 */
final class ApplicationVariable {
  /** Cannot appear in a parsed name. */
  private static final Var FRESH = new Var("#application");

  private ApplicationVariable() {}

  static Expr derivative(Deriv d, Definitions defs, CheckedMap.Fn inline) throws LoweringException {
    Expr application = inline.apply(d.var());
    Expr body = inline.apply(d.body());
    Expr replaced = Exprs.substitute(body, application, FRESH);
    Set<Expr> free = Variables.free(replaced);
    if (!free.contains(FRESH)) {
      throw new LoweringException("the derivative by an application needs it written in what is differentiated;"
          + " the body does not contain it as written", true);
    }
    for (Expr v : Variables.free(application)) {
      if (free.contains(v)) {
        throw new LoweringException("what is differentiated depends on " + v
            + " also outside the application it is differentiated by; write the derivative by a named variable", true);
      }
    }
    Expr derivative = Differentiator.derivative(Lowering.eliminateDerivatives(replaced), FRESH, d.order());
    return Substitution.apply(derivative, Map.of(FRESH, application));
  }
}
