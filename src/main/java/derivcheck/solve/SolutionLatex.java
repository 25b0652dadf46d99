package derivcheck.solve;

import derivcheck.check.Verdict;
import derivcheck.expr.Chain;
import derivcheck.render.LatexPrinter;
import derivcheck.render.LatexText;
import derivcheck.rules.Note;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solutions as LaTeX: each one an {@code align*} with one step per line and the rule named beside it, followed by
 * the sentences of the rules it used. {@link #document} wraps solutions into a complete document for pdflatex
 * (packages: amsmath and amssymb only, both in every TeX installation).
 */
public final class SolutionLatex {
  private SolutionLatex() {}

  public static String document(List<Solution> solutions) {
    var out = new StringBuilder();
    out.append("\\documentclass[10pt]{article}\n")
        .append("\\usepackage{amsmath}\n\\usepackage{amssymb}\n")
        .append("\\setlength{\\textwidth}{6.5in}\\setlength{\\oddsidemargin}{0in}\n")
        .append("\\allowdisplaybreaks\n")
        .append("\\begin{document}\n")
        .append("\\section*{Step-by-step solutions}\n")
        .append("Every step below was checked by derivcheck's kernel: $\\checkmark$ proved symbolically, ")
        .append("$\\checkmark_{\\mathrm{num}}$ confirmed numerically.\n\n");
    for (Solution s : solutions) out.append(solution(s)).append('\n');
    out.append("\\end{document}\n");
    return out.toString();
  }

  /** One solution: a heading, the claim, the steps, how it ended, the rules used. */
  public static String solution(Solution s) {
    var out = new StringBuilder();
    Claim c = s.claim();
    out.append("\\subsection*{").append(LatexText.escape(c.id().isEmpty() ? "Solution" : c.id())).append("}\n");
    out.append("\\noindent\\texttt{").append(LatexText.escape(c.source())).append("}: ");
    if (c.hasTarget()) {
      out.append("show that $").append(LatexPrinter.print(Chain.of(c.lhs(), derivcheck.expr.Relation.EQ, c.rhs())))
          .append("$").append(conditions(c)).append(".\n");
    } else {
      out.append("work out $").append(LatexPrinter.print(c.lhs())).append("$").append(conditions(c)).append(".\n");
    }
    if (s.outcome() == Solution.Outcome.UNSUPPORTED) {
      return out.append("\n\\noindent\\emph{Not solved: ").append(LatexText.escape(s.message())).append(".}\n")
          .toString();
    }
    if (!s.steps().isEmpty()) {
      out.append("\\begin{align*}\n");
      out.append(LatexPrinter.print(c.lhs()));
      for (int k = 0; k < s.steps().size(); k++) {
        var v = s.steps().get(k);
        if (k > 0) out.append("\n");
        out.append(" &= ").append(LatexPrinter.print(v.step().to()))
            .append(" && ").append(annotation(v.step())).append("\\ ").append(mark(v.verdict()));
        if (k < s.steps().size() - 1) out.append(" \\\\");
      }
      out.append("\n\\end{align*}\n");
    }
    if (!s.solved()) {
      out.append("\n\\noindent\\textbf{No verified path found from here");
      if (c.hasTarget()) out.append(" to $").append(LatexPrinter.print(c.rhs())).append("$");
      out.append(".}");
      if (s.stopped() != null) {
        out.append(" The next step, by \\texttt{").append(LatexText.escape(s.stopped().step().ruleId()))
            .append("}, was ")
            .append(LatexText.escape(s.stopped().verdict().kind().word())).append(": ")
            .append(LatexText.escape(s.stopped().verdict().detail())).append('.');
      }
      out.append("\n");
    }
    out.append(rulesUsed(s));
    return out.toString();
  }

  private static String conditions(Claim c) {
    if (c.conditions().isEmpty()) return "";
    var parts = new StringBuilder();
    for (Chain cond : c.conditions()) {
      if (parts.length() > 0) parts.append(", ");
      parts.append('$').append(LatexPrinter.print(cond)).append('$');
    }
    return " for " + parts;
  }

  /** The rule's id, and the note as math: {@code chain: u = 1 + e^{-x}}. */
  static String annotation(Candidate c) {
    var out = new StringBuilder("\\text{").append(LatexText.escape(c.ruleId()));
    Note n = c.note();
    if (n.isEmpty()) return out.append("}").toString();
    out.append(":");
    if (!n.words().isEmpty()) out.append(" ").append(LatexText.escape(n.words()));
    out.append("}\\ ");
    if (n.lhs() != null && c.ruleId().equals("definition")) {
      // The definition itself is the step; name the function only.
      return out.append(LatexPrinter.print(n.lhs())).toString();
    }
    if (n.lhs() != null) out.append(LatexPrinter.print(n.lhs()));
    if (n.rhs() != null) out.append(" = ").append(LatexPrinter.print(n.rhs()));
    return out.toString();
  }

  static String mark(Verdict v) {
    return v.kind() == Verdict.Kind.PROVED ? "\\checkmark" : "\\checkmark_{\\mathrm{num}}";
  }

  private static String rulesUsed(Solution s) {
    Map<String, String> used = new LinkedHashMap<>();
    for (var v : s.steps()) used.putIfAbsent(v.step().ruleId(), v.step().justification());
    if (used.isEmpty()) return "";
    var out = new StringBuilder("\n\\noindent{\\small Rules: ");
    boolean first = true;
    for (var e : used.entrySet()) {
      if (!first) out.append(" ");
      first = false;
      out.append("\\texttt{").append(LatexText.escape(e.getKey())).append("}: ").append(LatexText.escape(e.getValue()));
    }
    return out.append("}\n").toString();
  }
}
