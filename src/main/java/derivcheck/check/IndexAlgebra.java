package derivcheck.check;

import derivcheck.index.IndexClaim;
import derivcheck.index.IndexProver;
import derivcheck.tensor.Plan;
import derivcheck.tensor.TensorClaims;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's use of the index algebra ({@link IndexProver}, an untrusted helper that proposes): a vector, matrix
 * or index equality is proved for every size only when the algebra proves it for symbolic sizes AND the sized
 * check has already agreed at every component it wrote out (which guards against a bug in the algebra). Claims
 * whose expansion skipped a size or used random stand-ins are left to the sized check alone.
 */
final class IndexAlgebra {
  static final long TIME_LIMIT_MS = 5_000;

  private IndexAlgebra() {}

  /** "for all n by index algebra (rules)", or null when there is no such proof. */
  static String proveForAllSizes(Step step, Plan.Cases plan) {
    if (!plan.skipped().isEmpty() || plan.draws() > 0) return null;
    var claim = TensorClaims.indexClaim(step.lhs(), step.rhs(), step.conditions(), step.defs());
    if (claim.isEmpty()) return null;
    IndexProver.Result r;
    try {
      r = CompletableFuture.supplyAsync(() -> IndexProver.prove(claim.get()))
          .get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (Exception timeoutOrFailure) {
      return null;
    }
    if (!r.proved()) return null;
    String rules = r.rules().isEmpty() ? "normal form" : String.join(", ", r.rules());
    return "for all " + sizes(claim.get()) + " by index algebra (" + rules + ")";
  }

  private static String sizes(IndexClaim c) {
    var parts = new ArrayList<String>();
    c.sizes().forEach((name, least) -> parts.add(least > 1 ? name + " >= " + least : name));
    return String.join(", ", parts);
  }
}
