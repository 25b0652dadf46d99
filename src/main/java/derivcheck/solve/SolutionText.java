package derivcheck.solve;

import derivcheck.check.Verdict;
import derivcheck.expr.Chain;
import derivcheck.render.PlainText;
import derivcheck.rules.Note;
import java.util.List;

/** Solutions as terminal text: one step per line, the rule and the kernel's verdict beside it. */
public final class SolutionText {
  private SolutionText() {}

  public static String all(List<Solution> solutions) {
    return String.join("\n", solutions.stream().map(SolutionText::solution).toList());
  }

  public static String solution(Solution s) {
    var out = new StringBuilder();
    Claim c = s.claim();
    out.append(c.id().isEmpty() ? "solution" : c.id()).append("  (").append(c.source()).append(")\n");
    out.append(c.hasTarget() ? "show:   " + PlainText.print(c.lhs()) + " = " + PlainText.print(c.rhs())
        : "work out:   " + PlainText.print(c.lhs()));
    for (Chain cond : c.conditions()) out.append("   for ").append(PlainText.print(cond));
    out.append('\n');
    if (s.outcome() == Solution.Outcome.UNSUPPORTED) return out.append("not solved: ").append(s.message()).append('\n')
        .toString();
    out.append("    ").append(PlainText.print(c.lhs())).append('\n');
    for (var v : s.steps()) {
      out.append("  = ").append(PlainText.print(v.step().to())).append('\n');
      out.append("      ").append(annotation(v.step())).append("   [").append(v.verdict().kind().word()).append("]\n");
    }
    if (s.solved()) {
      long proved = s.steps().stream().filter(v -> v.verdict().kind() == Verdict.Kind.PROVED).count();
      out.append("solved: ").append(s.steps().size()).append(" steps, ").append(proved).append(" proved, ")
          .append(s.steps().size() - proved).append(" confirmed numerically\n");
    } else {
      out.append("no verified path found from here");
      if (c.hasTarget()) out.append(" to ").append(PlainText.print(c.rhs()));
      out.append('\n');
      if (s.stopped() != null) {
        out.append("  the next step, ").append(PlainText.print(s.stopped().step().from())).append(" = ")
            .append(PlainText.print(s.stopped().step().to())).append(" (").append(s.stopped().step().ruleId())
            .append("), is ").append(s.stopped().verdict().kind().word()).append(": ")
            .append(s.stopped().verdict().detail()).append('\n');
      }
    }
    return out.toString();
  }

  static String annotation(Candidate c) {
    var out = new StringBuilder(c.ruleId());
    Note n = c.note();
    if (!n.isEmpty()) {
      out.append(":");
      if (!n.words().isEmpty()) out.append(' ').append(n.words());
      if (n.lhs() != null) out.append(' ').append(PlainText.print(n.lhs()));
      if (n.rhs() != null) out.append(" = ").append(PlainText.print(n.rhs()));
    }
    return out.toString();
  }
}
