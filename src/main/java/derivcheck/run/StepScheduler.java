package derivcheck.run;

import derivcheck.check.Kernel;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Sends a document's steps to the kernel. Numeric checks are independent (each has its own evaluators and seed), so
 * they run on all cores while the document is still being read; the verdicts do not depend on the order. With a
 * proof budget, at most a few symbolic proofs are under way at one time (a step that finds the CAS busy is checked
 * numerically only, so no numeric check is ever done twice), and once the numeric checks are done, waiting for the
 * remaining proofs goes on as long as one finishes at least every budget.
 */
final class StepScheduler {
  private static final ExecutorService NUMERIC_WORKERS = Executors.newFixedThreadPool(
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
        Thread t = new Thread(r, "derivcheck-verify");
        t.setDaemon(true);
        return t;
      });

  /**
   * Steps with a symbolic proof under way at one time, when a proof budget applies. Measured on the 20-page
   * benchmark (275 steps): 8 gave 8 proofs in 2.1-2.6 s, 32 gives 32 proofs in 2.7-2.9 s (and proves 18 of the 21
   * steps of a one-sheet homework instead of 8), 64 gives 68 proofs but 4.0-4.4 s.
   */
  private static final int SYMBOLIC_IN_FLIGHT = 32;

  private final Kernel kernel;
  private final Kernel numeric;
  private final Duration budget;
  private final Semaphore symbolicSlots;
  private final List<CompletableFuture<?>> numericParts = new ArrayList<>();
  /** When the last symbolic check finished (System.nanoTime). */
  private final AtomicLong lastProof = new AtomicLong(Long.MIN_VALUE);

  StepScheduler(Kernel kernel, Kernel numeric, Duration budget) {
    this.kernel = kernel;
    this.numeric = numeric;
    this.budget = budget;
    this.symbolicSlots = new Semaphore(budget == null ? Integer.MAX_VALUE : SYMBOLIC_IN_FLIGHT);
  }

  /** The step's verdict, to come. */
  CompletableFuture<Verdict> submit(Step s) {
    CompletableFuture<CompletableFuture<Verdict>> numericPart =
        CompletableFuture.supplyAsync(() -> check(s), NUMERIC_WORKERS);
    numericParts.add(numericPart);
    return numericPart.thenCompose(f -> f);
  }

  private CompletableFuture<Verdict> check(Step s) {
    if (!symbolicSlots.tryAcquire()) return numeric.check(s);
    return kernel.check(s).whenComplete((v, e) -> {
      symbolicSlots.release();
      lastProof.accumulateAndGet(System.nanoTime(), Math::max);
    });
  }

  /**
   * Waits for every numeric check, then gives the moment (System.nanoTime, moving on while proofs keep finishing)
   * after which a step still waiting for its proof is decided numerically; null without a budget.
   */
  LongSupplier deadline() {
    CompletableFuture.allOf(numericParts.toArray(CompletableFuture[]::new)).join();
    if (budget == null) return null;
    long numericDone = System.nanoTime();
    return () -> Math.max(numericDone, lastProof.get()) + budget.toNanos();
  }
}
