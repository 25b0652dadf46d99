package derivcheck.solve;

import derivcheck.expr.Chain;
import derivcheck.expr.Relation;
import derivcheck.render.LatexPrinter;
import java.util.List;

/** Solutions as Markdown: a heading per claim and the steps as one {@code $$\begin{aligned}...$$} block. */
public final class SolutionMarkdown {
  private SolutionMarkdown() {}

  public static String all(List<Solution> solutions) {
    return String.join("\n", solutions.stream().map(SolutionMarkdown::solution).toList());
  }

  public static String solution(Solution s) {
    var out = new StringBuilder();
    Claim c = s.claim();
    out.append("### ").append(c.id().isEmpty() ? "Solution" : c.id()).append("\n\n");
    out.append('`').append(c.source()).append("`: ");
    out.append(c.hasTarget() ? "show that $" + LatexPrinter.print(Chain.of(c.lhs(), Relation.EQ, c.rhs())) + "$"
        : "work out $" + LatexPrinter.print(c.lhs()) + "$");
    for (Chain cond : c.conditions()) out.append(" for $").append(LatexPrinter.print(cond)).append('$');
    out.append("\n\n");
    if (s.outcome() == Solution.Outcome.UNSUPPORTED) return out.append("*Not solved: ").append(s.message())
        .append(".*\n").toString();
    if (!s.steps().isEmpty()) {
      out.append("$$\n\\begin{aligned}\n").append(LatexPrinter.print(c.lhs()));
      for (int k = 0; k < s.steps().size(); k++) {
        var v = s.steps().get(k);
        out.append(k == 0 ? "" : "\n").append(" &= ").append(LatexPrinter.print(v.step().to())).append(" && ")
            .append(SolutionLatex.annotation(v.step())).append("\\ ").append(SolutionLatex.mark(v.verdict()));
        if (k < s.steps().size() - 1) out.append(" \\\\");
      }
      out.append("\n\\end{aligned}\n$$\n\n");
    }
    if (!s.solved()) {
      out.append("**No verified path found from here");
      if (c.hasTarget()) out.append(" to $").append(LatexPrinter.print(c.rhs())).append('$');
      out.append(".**");
      if (s.stopped() != null) {
        out.append(" The next step (`").append(s.stopped().step().ruleId()).append("`) is ")
            .append(s.stopped().verdict().kind().word()).append(": ").append(s.stopped().verdict().detail());
      }
      out.append("\n\n");
    }
    out.append("Rules: ");
    var seen = new java.util.LinkedHashMap<String, String>();
    for (var v : s.steps()) seen.putIfAbsent(v.step().ruleId(), v.step().justification());
    var parts = new java.util.ArrayList<String>();
    seen.forEach((id, why) -> parts.add("`" + id + "` " + why));
    out.append(String.join(" ", parts)).append("\n");
    return out.toString();
  }
}
