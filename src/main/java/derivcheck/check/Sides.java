package derivcheck.check;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Both sides of a step in the two forms the evaluators need: {@code precise} keeps derivative operators (the
 * high-precision evaluator differentiates numerically), {@code fast} has them carried out symbolically (for the
 * compiled double evaluator). Conditions come in the fast form.
 */
record Sides(Expr lhsPrecise, Expr rhsPrecise, Expr lhsFast, Expr rhsFast, List<Chain> conditions) {
  /** Every scalar unknown, in a stable order. */
  List<Expr> variables() {
    var all = new LinkedHashSet<Expr>();
    for (Expr e : List.of(lhsFast, rhsFast, lhsPrecise, rhsPrecise)) {
      all.addAll(derivcheck.lib.Variables.free(e));
    }
    for (Chain c : conditions) for (Expr t : c.terms()) all.addAll(derivcheck.lib.Variables.free(t));
    return new ArrayList<>(all);
  }
}
