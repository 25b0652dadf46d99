package derivcheck.cas;

import static derivcheck.cas.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every call ends near its budget, and the calls after a runaway one still work. */
class TimeoutTest {
  static final Duration SHORT = Duration.ofMillis(500);
  static final long GRACE_MILLIS = 1000;

  /** Expanding two 60th powers of a four-term sum: tens of thousands of terms, many seconds on any machine. */
  static final Expr HUGE_LHS = pow(add(X, Y, new Var("z"), n(1)), n(60));
  static final Expr HUGE_RHS = pow(add(X, Y, new Var("z"), n(2)), n(60));

  @BeforeAll
  static void warm() {
    Cas.warmUpFuture().join(); // the warm-up is not part of any budget, but keep it out of the timings here
  }

  @Test
  void anExpensiveProofTimesOutWithinItsBudgetAndTheNextCallWorks() {
    long t0 = System.nanoTime();
    var attempt = Cas.proveEqual(HUGE_LHS, HUGE_RHS, List.of(), SHORT);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(ProofAttempt.Outcome.TIMEOUT, attempt.outcome(), attempt::toString);
    assertTrue(millis < SHORT.toMillis() + GRACE_MILLIS, "took " + millis + " ms");

    var next = Cas.proveEqual(Claims.sigmaPrime(X), mul(sigma(X), sub(n(1), sigma(X))), List.of(),
        Duration.ofSeconds(20));
    assertEquals(ProofAttempt.Outcome.PROVED, next.outcome(), next::toString);
  }

  @Test
  void anExpensiveSimplifyGivesNothingWithinItsBudgetAndTheNextCallWorks() {
    long t0 = System.nanoTime();
    var simplified = Cas.simplify(sub(HUGE_LHS, HUGE_RHS), SHORT);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(simplified.isEmpty());
    assertTrue(millis < SHORT.toMillis() + GRACE_MILLIS, "took " + millis + " ms");

    var factored = Cas.factorTogether(sub(pow(X, n(2)), n(1)), Duration.ofSeconds(20)).orElseThrow();
    assertEquals(2, factored.children().size(), factored::toString); // (x - 1)(x + 1), or (-1 + x)(1 + x)
    for (double x : new double[] {-2.5, 0.5, 3}) {
      assertEquals(x * x - 1, TreeValue.of(factored, Map.of(X, x)), 1e-12);
    }
  }

  @Test
  void aJobThatIgnoresStopRequestsCostsItsWorkerNotTheLane() {
    // Like a library kernel (FactorInteger of a large number), this job ignores stop requests and interrupts.
    var lane = Cas.lane();
    int abandonedBefore = lane.abandonedWorkers();
    String[] runawayThread = new String[1];
    long t0 = System.nanoTime();
    var runaway = lane.submit(session -> {
      runawayThread[0] = Thread.currentThread().getName();
      long end = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < end) {
        Thread.interrupted(); // swallow the interrupt, as library code does
      }
      return "finished";
    }, Duration.ofMillis(300));
    var thrown = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, runaway::join);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(thrown.getCause() instanceof CasTimeoutException, thrown::toString);
    assertTrue(millis < 300 + GRACE_MILLIS, "took " + millis + " ms");
    assertEquals(abandonedBefore + 1, lane.abandonedWorkers());

    String nextThread = lane.submit(session -> Thread.currentThread().getName(), Duration.ofSeconds(5)).join();
    assertNotEquals(runawayThread[0], nextThread, "a fresh worker took over");
    var proof = Cas.proveEqual(tanh(X), tanh(X), List.of(), Duration.ofSeconds(5));
    assertEquals(ProofAttempt.Outcome.PROVED, proof.outcome());
  }

  @Test
  void theBudgetCountsFromTheStartOfTheWorkNotFromTheQueue() {
    // Two calls queued together: the second waits for the first, and still gets its whole budget.
    var first = Cas.proveEqualAsync(HUGE_LHS, HUGE_RHS, List.of(), SHORT);
    var second = Cas.proveEqualAsync(d(tanh(X), X), sub(n(1), pow(tanh(X), n(2))), List.of(), Duration.ofMillis(400));
    assertEquals(ProofAttempt.Outcome.TIMEOUT, first.join().outcome());
    assertEquals(ProofAttempt.Outcome.PROVED, second.join().outcome(), () -> second.join().toString());
  }
}
