package derivcheck.numeric;

import derivcheck.expr.BigOp;
import derivcheck.expr.Var;
import java.util.Map;

/** The integer range of a big operator; both evaluators accept only explicit integer-constant bounds. */
final class BigOpRange {
  private BigOpRange() {}

  /** {@code {lower, upper}}; an empty range has upper < lower (an empty sum is 0, an empty product 1). */
  static long[] of(BigOp b, Map<Var, Long> bound) throws UnsupportedExpressionException {
    String what = Describe.brief(b);
    if (b.lower() == null) {
      throw new UnsupportedExpressionException(what + " has no explicit range, so it cannot be evaluated");
    }
    Long lower = IntegerIndex.evaluate(b.lower(), bound);
    Long upper = IntegerIndex.evaluate(b.upper(), bound);
    if (lower == null || upper == null) {
      throw new UnsupportedExpressionException(what + " needs integer constant bounds to be evaluated, not "
          + Describe.brief(b.lower()) + " to " + Describe.brief(b.upper()));
    }
    long span = upper - lower; // negative on overflow, caught below
    if (upper >= lower && (span < 0 || span >= DoubleCompiler.MAX_UNROLLED_TERMS)) {
      throw new UnsupportedExpressionException(what + " has too many terms to evaluate (" + lower + " to " + upper + ")");
    }
    return new long[] {lower, upper};
  }
}
