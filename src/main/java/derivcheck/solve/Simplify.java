package derivcheck.solve;

import derivcheck.expr.Expr;
import derivcheck.rules.Facts;
import derivcheck.rules.Tidy;
import java.util.List;

/** The greedy algebraic simplifier as a function, for callers that need a result rather than the steps. */
public final class Simplify {
  private Simplify() {}

  /** Simplified as far as the greedy rules go (common denominators and multiplying out included). */
  public static Expr tidy(Expr e) {
    return run(e, AlgebraMoves.simplify(Facts.NONE));
  }

  /** Only numbers, like terms, cancelling and equal factors: keeps the shape of a chain-rule result. */
  public static Expr light(Expr e) {
    return run(e, AlgebraMoves.light());
  }

  private static Expr run(Expr e, List<Move> moves) {
    Expr start = Tidy.clean(e);
    List<Candidate> steps = Greedy.run(start, moves);
    return steps.isEmpty() ? start : steps.get(steps.size() - 1).to();
  }
}
