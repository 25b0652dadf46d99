package derivcheck.parse;

import derivcheck.expr.At;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Substitution;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * {@code \left. f \right|_{x=a}} and {@code f \Big|_{x=a}}: f with x set to a. Where nothing in f binds x (no
 * derivative with respect to x, no sum over x) that is plain substitution; {@code \frac{d}{dx} g(x)} at a is
 * {@code g'(a)}; any other derivative keeps the bar as an {@link At} node, evaluated after differentiating.
 */
final class EvaluationBar {
  private EvaluationBar() {}

  static Expr of(Expr body, Expr point, ParserRuleContext where) {
    if (!(point instanceof Compare c) || c.terms().size() != 2 || c.relations().get(0) != Relation.EQ
        || !(c.terms().get(0) instanceof Var || c.terms().get(0) instanceof Indexed)) {
      throw ParseFailure.at(where, "an evaluation bar needs the point below it, as in _{x = 0}");
    }
    Expr var = c.terms().get(0);
    Expr value = c.terms().get(1);
    if (body instanceof Deriv d && d.var().equals(var) && d.body() instanceof Call g && g.args().equals(List.of(var))) {
      return new Call(g.fn(), g.primes() + d.order(), List.of(value)); // \frac{d}{dx} g(x) at a is g'(a)
    }
    if (binds(body, var)) return new At(body, var, value);
    return Substitution.apply(body, Map.of(var, value));
  }

  private static boolean binds(Expr e, Expr var) {
    return Exprs.any(e, x -> (x instanceof Deriv d && d.var().equals(var)) || (x instanceof BigOp b
        && b.index().equals(var)) || (x instanceof At a && a.var().equals(var)));
  }
}
