package derivcheck.cas;

import java.time.Duration;
import java.util.List;

/**
 * The result of trying to prove {@code lhs = rhs} with Symja.
 *
 * <p>Only {@link Outcome#PROVED} says anything about the claim. Every other outcome means "no proof found" and is
 * never evidence that the claim is false.
 *
 * @param outcome what happened
 * @param strategy the strategy that proved it ("" unless proved)
 * @param scope the assumptions the proof needs, "" when none: "for x \neq 0", "assuming x > 0", "assuming arguments of
 *     logs and powers positive (PowerExpand)"
 * @param detail why not proved, or what the proving strategy did; for people, not for parsing
 * @param tried the strategies run, in order, each with its wall time and result ("together 3 ms: not zero")
 * @param elapsed wall time of the attempt, from the start of its run (not counting time queued)
 */
public record ProofAttempt(
    Outcome outcome, String strategy, String scope, String detail, List<String> tried, Duration elapsed) {

  public enum Outcome { PROVED, NOT_PROVED, TIMEOUT, UNSUPPORTED, ERROR }

  public ProofAttempt {
    tried = List.copyOf(tried);
    strategy = strategy == null ? "" : strategy;
    scope = scope == null ? "" : scope;
    detail = detail == null ? "" : detail;
  }

  public boolean proved() {
    return outcome == Outcome.PROVED;
  }
}
