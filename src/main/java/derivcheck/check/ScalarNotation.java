package derivcheck.check;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigO;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Indexed;
import derivcheck.expr.Infix;
import derivcheck.expr.Limit;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Pow;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Var;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notation the scalar path (lowering, both evaluators, the CAS adapter) computes with: numbers, constants,
 * variables and entries, arithmetic, |.|, floor and ceiling, calls, derivatives and sums or products over a range.
 * Any other node (a limit, cases, a set, a comparison used as a value, ...) gives the step a worded unknown up
 * front, instead of an internal error deep in an evaluator.
 */
final class ScalarNotation {
  private ScalarNotation() {}

  /** Why the scalar path cannot check the step, if a side (with its definitions put in) uses other notation. */
  static Optional<String> unsupported(Step step) {
    var sides = new ArrayList<Expr>(List.of(step.lhs(), step.rhs()));
    for (Expr side : List.of(step.lhs(), step.rhs())) {
      try {
        sides.add(Lowering.inline(side, step.defs()));
      } catch (LoweringException | RuntimeException e) {
        // the kernel reports a definition that cannot be put in on its own
      }
    }
    for (Expr side : sides) {
      Optional<String> why = find(side);
      if (why.isPresent()) return why;
    }
    return Optional.empty();
  }

  private static Optional<String> find(Expr e) {
    if (!supported(e)) return Optional.of(reason(e));
    for (Expr c : e.children()) {
      Optional<String> why = find(c);
      if (why.isPresent()) return why;
    }
    return Optional.empty();
  }

  private static boolean supported(Expr e) {
    return e instanceof Num || e instanceof Const || e instanceof Var || e instanceof Indexed || e instanceof Neg
        || e instanceof Add || e instanceof Mul || e instanceof Div || e instanceof Pow || e instanceof Abs
        || e instanceof Floor || e instanceof Ceil || e instanceof Call || e instanceof Deriv || e instanceof BigOp
        || e instanceof derivcheck.expr.At || e instanceof derivcheck.expr.Prime;
  }

  private static String reason(Expr e) {
    if (e instanceof Limit) return "derivcheck does not check limits yet";
    if (e instanceof Cases) return "derivcheck checks a piecewise side case by case, but not cases inside an expression yet";
    if (e instanceof Optimize) return "derivcheck does not check a min, max, sup or inf over a range yet";
    if (e instanceof BigO) return "O-notation states an order of growth, not a value, and is not checked";
    if (e instanceof SetLit) return "derivcheck does not compare sets";
    if (e instanceof Compare) return "a comparison used as a value (write \\mathbf{1}_{x > 0} for an indicator)";
    if (e instanceof Text) return "the formula contains words derivcheck cannot read as math";
    if (e instanceof ForAll) return "a quantifier inside a formula is not checked";
    if (e instanceof Infix i) return "derivcheck does not compute with '" + i.op().latex() + "' here";
    return "derivcheck does not compute with this notation (" + e.getClass().getSimpleName() + ") here";
  }
}
