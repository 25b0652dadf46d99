package derivcheck.solve;

import derivcheck.check.Verdict;
import derivcheck.expr.Expr;
import java.util.List;

/**
 * A worked solution: the steps the kernel accepted, in order, and how it ended. Only {@link Outcome#SOLVED}
 * reaches the claim's right side; otherwise {@code stopped} holds the step that was tried and not accepted (with
 * its verdict), or is null when no step towards the right side was found at all.
 */
public record Solution(Claim claim, List<Verified> steps, Outcome outcome, Verified stopped, String message) {
  public enum Outcome {
    /** Every step verified, ending at the right side (or, without one, at the simplified result). */
    SOLVED,
    /** The verified steps end before the right side: no step onward could be verified. */
    NO_PATH,
    /** The claim is not something the solver works on (an inequality, vector notation, ...). */
    UNSUPPORTED
  }

  /** One step with the kernel's verdict on it. */
  public record Verified(Candidate step, Verdict verdict) {}

  public Solution {
    steps = List.copyOf(steps);
  }

  /** Where the verified steps end: the last step's result, or the left side when there are none. */
  public Expr last() {
    return steps.isEmpty() ? claim.lhs() : steps.get(steps.size() - 1).step().to();
  }

  public boolean solved() {
    return outcome == Outcome.SOLVED;
  }
}
