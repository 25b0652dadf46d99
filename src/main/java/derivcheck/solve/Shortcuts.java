package derivcheck.solve;

import derivcheck.expr.Add;
import derivcheck.rules.ExpLogRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Tidies a path of proposed steps: drops steps that change nothing, and joins two multiply-by-ex steps in a row into
 * one (multiplying by e^{a} and then by e^{b} is multiplying by e^{a+b}), as a person would write it.
 */
final class Shortcuts {
  private Shortcuts() {}

  static List<Candidate> apply(List<Candidate> steps) {
    var out = new ArrayList<Candidate>();
    for (Candidate c : steps) {
      if (c.from().equals(c.to())) continue;
      if (!out.isEmpty()) {
        Candidate prev = out.get(out.size() - 1);
        if (isMultiplyByEx(prev) && isMultiplyByEx(c)) {
          var a = ExpLogRules.noteExponent(prev.note());
          var b = ExpLogRules.noteExponent(c.note());
          if (a.isPresent() && b.isPresent()) {
            out.remove(out.size() - 1);
            var joined = ExpLogRules.factorNote(Add.of(a.get(), b.get()));
            if (joined.lhs() instanceof derivcheck.expr.Num || prev.from().equals(c.to())) continue;
            out.add(new Candidate(prev.from(), c.to(), c.ruleId(), c.justification(), joined));
            continue;
          }
        }
      }
      out.add(c);
    }
    return out;
  }

  private static boolean isMultiplyByEx(Candidate c) {
    return c.ruleId().equals(ExpLogRules.MULTIPLY_BY_EX.id());
  }
}
