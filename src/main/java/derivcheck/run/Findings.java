package derivcheck.run;

import derivcheck.check.Kernel;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.doc.Expectation;
import derivcheck.run.VerifiedStep.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * What each verdict means within its derivation. The first refuted step is the error. A later refuted step k
 * "follows from" it when the derivation's first term t0 and this step's right side are related as the chain claims
 * (the kernel is asked {@code t0 rel t_{k+1}}): then the step only carries the earlier error along, as the last line
 * of {@code a = (wrong) = ... = (right answer)} does. Otherwise it is a new error.
 */
final class Findings {
  private Findings() {}

  /**
   * Waits for the verdicts; a step whose symbolic proof is still under way at {@code deadline} (System.nanoTime,
   * asked again while waiting since it moves on as proofs finish; null: no limit) gets the verdict of
   * {@code numeric}, a kernel without symbolic proofs.
   */
  static List<VerifiedStep> of(List<DocumentWalk.Pending> pending, Kernel kernel, Kernel numeric, LongSupplier deadline) {
    var verdicts = new ArrayList<Verdict>();
    for (DocumentWalk.Pending p : pending) verdicts.add(await(p.verdict(), p.step(), numeric, deadline));
    Map<DocumentWalk.Derivation, Integer> firstError = new HashMap<>();
    var findings = new ArrayList<Finding>();
    var causes = new ArrayList<Integer>();
    var followChecks = new HashMap<Integer, CompletableFuture<Verdict>>();
    for (int i = 0; i < pending.size(); i++) {
      DocumentWalk.Pending p = pending.get(i);
      Verdict v = verdicts.get(i);
      Finding f;
      int cause = -1;
      if (v.kind().holds()) {
        f = Finding.HOLDS;
      } else if (v.kind() != Verdict.Kind.REFUTED) {
        f = Finding.UNKNOWN;
      } else if (!firstError.containsKey(p.derivation())) {
        firstError.put(p.derivation(), p.index());
        f = Finding.FIRST_ERROR;
      } else {
        cause = firstError.get(p.derivation());
        f = Finding.NEW_ERROR;
        if (p.first() != null && p.step() != null) {
          Step s = p.step();
          Step back = new Step(p.first(), p.ends(), s.rhs(), s.conditions(), s.defs());
          followChecks.put(i, late(deadline) ? numeric.check(back) : kernel.check(back));
        }
      }
      findings.add(f);
      causes.add(cause);
    }
    var out = new ArrayList<VerifiedStep>();
    for (int i = 0; i < pending.size(); i++) {
      DocumentWalk.Pending p = pending.get(i);
      Finding f = findings.get(i);
      var check = followChecks.get(i);
      if (check != null) {
        DocumentWalk.Pending p0 = pending.get(i);
        Step s0 = p0.step();
        Step back = new Step(p0.first(), p0.ends(), s0.rhs(), s0.conditions(), s0.defs());
        if (await(check, back, numeric, deadline).kind().holds()) f = Finding.FOLLOWS_FROM_ERROR;
      }
      Step s = p.step();
      var result = new Result(p.file(), p.line(), "", p.derivation().number, p.index(),
          s == null ? null : s.lhs(), s == null ? null : s.relation(), s == null ? null : s.rhs(),
          verdicts.get(i), Expectation.HOLDS, null);
      out.add(new VerifiedStep(result, f, f == Finding.HOLDS || f == Finding.UNKNOWN || f == Finding.FIRST_ERROR
          ? -1 : causes.get(i), p.block(), p.row(), p.markAt()));
    }
    return out;
  }

  private static boolean late(LongSupplier deadline) {
    return deadline != null && System.nanoTime() - deadline.getAsLong() > 0;
  }

  private static Verdict await(CompletableFuture<Verdict> v, Step step, Kernel numeric, LongSupplier deadline) {
    if (deadline == null || step == null || v.isDone()) return v.join();
    while (true) {
      long left = deadline.getAsLong() - System.nanoTime();
      if (left <= 0) return numeric.checkNow(step);
      try {
        return v.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // the deadline may have moved on meanwhile: look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return numeric.checkNow(step);
      } catch (ExecutionException e) {
        return Kernel.notChecked("internal error while checking: " + e.getCause());
      }
    }
  }
}
