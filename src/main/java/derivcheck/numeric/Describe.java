package derivcheck.numeric;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.stream.Collectors;

/** Short human-readable names of subexpressions for error messages (this package does not depend on render). */
final class Describe {
  private Describe() {}

  static String brief(Expr e) {
    if (e instanceof Var v) return v.name();
    if (e instanceof Num n) return n.value().toPlainString();
    if (e instanceof Const c) {
      return c.kind() == Const.Kind.E ? "e" : c.kind() == Const.Kind.PI ? "\\pi" : "\\infty";
    }
    if (e instanceof Indexed i) {
      return brief(i.base()) + "_{" + i.indices().stream().map(Describe::brief).collect(Collectors.joining(",")) + "}";
    }
    if (e instanceof Call c) return c.fn() + "'".repeat(c.primes()) + "(...)";
    if (e instanceof Deriv d) return "the derivative d/d" + brief(d.var()) + (d.order() > 1 ? "^" + d.order() : "");
    if (e instanceof Neg) return "a negation";
    if (e instanceof Add) return "a sum";
    if (e instanceof Mul) return "a product";
    if (e instanceof Div) return "a quotient";
    if (e instanceof Pow) return "a power";
    if (e instanceof Abs) return "an absolute value";
    if (e instanceof BigOp b) return (b.kind() == BigOp.Kind.SUM ? "a sum" : "a product") + " over " + brief(b.index());
    return e.getClass().getSimpleName();
  }
}
