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

/**
 * What each verdict means within its derivation. The first refuted step is the error. A later refuted step k
 * "follows from" it when the derivation's first term t0 and this step's right side are related as the chain claims
 * (the kernel is asked {@code t0 rel t_{k+1}}): then the step only carries the earlier error along, as the last line
 * of {@code a = (wrong) = ... = (right answer)} does. Otherwise it is a new error.
 */
final class Findings {
  private Findings() {}

  static List<VerifiedStep> of(List<Verifier.Pending> pending, Kernel kernel) {
    var verdicts = new ArrayList<Verdict>();
    for (Verifier.Pending p : pending) verdicts.add(p.verdict().join());
    Map<Verifier.Derivation, Integer> firstError = new HashMap<>();
    var findings = new ArrayList<Finding>();
    var causes = new ArrayList<Integer>();
    var followChecks = new HashMap<Integer, CompletableFuture<Verdict>>();
    for (int i = 0; i < pending.size(); i++) {
      Verifier.Pending p = pending.get(i);
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
          followChecks.put(i, kernel.check(new Step(p.first(), p.ends(), s.rhs(), s.conditions(), s.defs())));
        }
      }
      findings.add(f);
      causes.add(cause);
    }
    var out = new ArrayList<VerifiedStep>();
    for (int i = 0; i < pending.size(); i++) {
      Verifier.Pending p = pending.get(i);
      Finding f = findings.get(i);
      var check = followChecks.get(i);
      if (check != null && check.join().kind().holds()) f = Finding.FOLLOWS_FROM_ERROR;
      Step s = p.step();
      var result = new Result(p.file(), p.line(), "", p.derivation().number, p.index(),
          s == null ? null : s.lhs(), s == null ? null : s.relation(), s == null ? null : s.rhs(),
          verdicts.get(i), Expectation.HOLDS, null);
      out.add(new VerifiedStep(result, f, f == Finding.HOLDS || f == Finding.UNKNOWN || f == Finding.FIRST_ERROR
          ? -1 : causes.get(i), p.block(), p.row(), p.markAt()));
    }
    return out;
  }
}
