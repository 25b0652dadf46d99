package derivcheck.cli;

import derivcheck.check.Kernel;
import derivcheck.doc.Expectation;
import derivcheck.expr.Relation;
import derivcheck.run.Result;
import derivcheck.solve.Candidate;
import derivcheck.solve.Solution;
import java.util.ArrayList;
import java.util.List;

/**
 * Solutions as {@code check}'s JSON object: one result per step ({@code lhs = rhs}, the kernel's verdict, and the
 * rule's id and sentence in {@code detail}); a solution that stops adds the step that was not accepted, or, when
 * no step was found, a result that says so.
 */
final class SolveJson {
  private SolveJson() {}

  static String of(List<Solution> solutions) {
    var results = new ArrayList<Result>();
    int derivation = 0;
    for (Solution s : solutions) {
      String source = s.claim().source();
      int colon = source.lastIndexOf(':');
      String file = colon < 0 ? source : source.substring(0, colon);
      int line = colon < 0 ? 0 : parseLine(source.substring(colon + 1));
      int k = 0;
      for (var v : s.steps()) {
        results.add(result(file, line, s, derivation, k++, v.step(), v.verdict()));
      }
      if (s.stopped() != null) {
        results.add(result(file, line, s, derivation, k, s.stopped().step(), s.stopped().verdict()));
      } else if (!s.solved()) {
        var why = Kernel.notChecked(s.message());
        results.add(new Result(file, line, s.claim().id(), derivation, k, s.last(), Relation.EQ,
            s.claim().rhs() == null ? s.last() : s.claim().rhs(), why, Expectation.HOLDS, s.message()));
      }
      derivation++;
    }
    return JsonReport.of(results);
  }

  private static Result result(String file, int line, Solution s, int derivation, int step, Candidate c,
      derivcheck.check.Verdict v) {
    String detail = "rule " + c.ruleId() + ": " + c.justification() + "; " + v.detail();
    return new Result(file, line, s.claim().id(), derivation, step, c.from(), Relation.EQ, c.to(), v,
        Expectation.HOLDS, detail);
  }

  private static int parseLine(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
