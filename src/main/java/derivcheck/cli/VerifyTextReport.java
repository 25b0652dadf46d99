package derivcheck.cli;

import derivcheck.check.Verdict;
import derivcheck.run.Verification;
import derivcheck.run.VerifiedStep;
import derivcheck.run.VerifiedStep.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code verify}'s text output, compiler style: one line per step that is not fine,
 * {@code file:line: step 3 of derivation 2: refuted at x = 0.7: left 0.2461, right 0.1966 (first error of this
 * derivation)}, then a summary line per file (and a total when there are several).
 */
final class VerifyTextReport {
  private VerifyTextReport() {}

  static void print(List<Verification> all, PrintWriter out) {
    for (Verification v : all) {
      for (VerifiedStep s : v.steps()) {
        if (s.finding() == Finding.HOLDS) continue;
        String finding = StepWords.finding(s);
        out.println(s.result().source() + ": " + StepWords.where(s) + ": " + StepWords.verdict(s)
            + (finding.isEmpty() ? "" : " (" + finding + ")"));
      }
    }
    for (Verification v : all) out.println(v.file() + ": " + Counts.of(v.steps()).describe(v.derivations()));
    if (all.size() > 1) {
      int derivations = all.stream().mapToInt(Verification::derivations).sum();
      out.println("total: " + Counts.of(all.stream().flatMap(v -> v.steps().stream()).toList())
          .describe(derivations));
    }
  }

  /** Steps by verdict; refuted steps split into errors and steps that follow from an error. */
  record Counts(int steps, int proved, int confirmed, int refuted, int errors, int following, int unknown) {
    static Counts of(List<VerifiedStep> steps) {
      int proved = 0;
      int confirmed = 0;
      int refuted = 0;
      int errors = 0;
      int following = 0;
      int unknown = 0;
      for (VerifiedStep s : steps) {
        Verdict.Kind k = s.result().verdict().kind();
        if (k == Verdict.Kind.PROVED) proved++;
        else if (k == Verdict.Kind.CONFIRMED) confirmed++;
        else if (k == Verdict.Kind.REFUTED) refuted++;
        else unknown++;
        if (s.finding().isError()) errors++;
        if (s.finding() == Finding.FOLLOWS_FROM_ERROR) following++;
      }
      return new Counts(steps.size(), proved, confirmed, refuted, errors, following, unknown);
    }

    String describe(int derivations) {
      String ref = refuted + " refuted";
      if (refuted > 0) {
        ref += " (" + errors + (errors == 1 ? " error" : " errors")
            + (following > 0 ? ", " + following + " following from an error" : "") + ")";
      }
      return steps + (steps == 1 ? " step" : " steps") + " in " + derivations
          + (derivations == 1 ? " derivation" : " derivations") + ": " + proved + " proved, " + confirmed
          + " confirmed, " + ref + ", " + unknown + " unknown";
    }
  }
}
