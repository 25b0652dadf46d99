package derivcheck.cli;

import derivcheck.check.Counterexample;
import derivcheck.check.Points;
import derivcheck.check.Verdict;
import derivcheck.doc.DocKind;
import derivcheck.render.LatexText;
import derivcheck.run.Verification;
import derivcheck.run.VerifiedStep.Finding;
import derivcheck.run.VerifiedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code verify --format latex}: the document itself with a mark after every checked row (a green check mark; a
 * red cross with the counterexample; an orange question mark with the reason) and a report at the end listing every
 * step that is not fine. A {@code .tex} document keeps its own preamble (derivcheck adds {@code xcolor} and, when no
 * symbol font is loaded, {@code amssymb}, just before {@code \begin{document}}); a fragment without
 * {@code \begin{document}} and a Markdown document become a standalone article ({@link MarkdownLatex}).
 */
final class AnnotatedLatex {
  /** The macros of the marks; their names are unlikely to clash with a document's own. */
  static String macros(Set<String> hidden) {
    return String.join("\n",
        "% ---- added by derivcheck verify ----",
        OptionalPackages.lines(OptionalPackages.MARKS, hidden)
            + "\\providecommand{\\derivcheckTick}{\\ensuremath{\\ifdefined\\checkmark\\checkmark\\else\\surd\\fi}}",
        "\\providecommand{\\derivcheckOK}{\\mbox{\\color{green!50!black}\\derivcheckTick}}",
        "\\providecommand{\\derivcheckBad}[1]{\\mbox{\\color{red}\\ensuremath{\\times}\\,\\scriptsize #1}}",
        "\\providecommand{\\derivcheckUnknown}[1]{\\mbox{\\color{orange!80!black}?\\,\\scriptsize #1}}",
        "% ---- end of derivcheck additions ----",
        "");
  }

  private AnnotatedLatex() {}

  static String of(Verification v) {
    NavigableMap<Integer, String> marks = marks(v);
    String text = v.document().text();
    if (v.document().kind() == DocKind.MARKDOWN) return MarkdownLatex.of(v, marks);
    int begin = text.indexOf("\\begin{document}");
    int end = text.lastIndexOf("\\end{document}");
    if (begin < 0 || end < begin) return MarkdownLatex.standalone(v.file(), withMarks(text, 0, text.length(), marks),
        report(v), Set.of());
    return text.substring(0, begin) + macros(Set.of()) + withMarks(text, begin, end, marks) + report(v)
        + text.substring(end);
  }

  /** The text of {@code [from, to)} with the marks that fall into it inserted. */
  static String withMarks(String text, int from, int to, NavigableMap<Integer, String> marks) {
    var b = new StringBuilder();
    int at = from;
    for (var e : marks.subMap(from, true, to, true).entrySet()) {
      b.append(text, at, e.getKey()).append(e.getValue());
      at = e.getKey();
    }
    return b.append(text, at, to).toString();
  }

  /** One mark per row (or inline formula), at the offset where it goes. */
  static NavigableMap<Integer, String> marks(Verification v) {
    var byRow = new TreeMap<Integer, List<VerifiedStep>>();
    for (VerifiedStep s : v.steps()) byRow.computeIfAbsent(s.markAt(), k -> new ArrayList<>()).add(s);
    var marks = new TreeMap<Integer, String>();
    for (var e : byRow.entrySet()) {
      boolean inline = !v.document().blocks().get(e.getValue().get(0).block()).display();
      marks.put(e.getKey(), (inline ? "\\," : "\\qquad") + mark(e.getValue()));
    }
    return marks;
  }

  private static String mark(List<VerifiedStep> steps) {
    var bad = new ArrayList<String>();
    var unknown = new ArrayList<String>();
    for (VerifiedStep s : steps) {
      String label = "step " + (s.result().step() + 1);
      Verdict verdict = s.result().verdict();
      if (verdict.kind() == Verdict.Kind.REFUTED) {
        String why = verdict.counterexample().map(AnnotatedLatex::counterexample)
            .orElse(LatexText.escape(LatexText.shorten(verdict.detail(), 60)));
        if (s.finding() == Finding.FOLLOWS_FROM_ERROR) why += " (follows from step " + (s.causeStep() + 1) + ")";
        bad.add(label + ": " + why);
      } else if (!verdict.kind().holds()) {
        unknown.add(label + ": " + LatexText.escape(LatexText.shorten(verdict.detail(), 60)));
      }
    }
    if (!bad.isEmpty()) {
      bad.addAll(unknown);
      return "\\derivcheckBad{" + String.join("; ", bad) + "}";
    }
    if (!unknown.isEmpty()) return "\\derivcheckUnknown{" + String.join("; ", unknown) + "}";
    return "\\derivcheckOK";
  }

  /** "at $x = 0.7$: left 0.2461, right 0.1966", the point in math mode. */
  private static String counterexample(Counterexample c) {
    var point = new ArrayList<String>();
    c.point().forEach((k, val) -> point.add(Points.name(k) + " = " + val.toPlainString()));
    String words = StepWords.counterexample(c);
    String values = words.substring(words.indexOf("left"));
    if (point.isEmpty()) return LatexText.escape(values.replace(")", ""));
    List<String> shown = point.size() > 3 ? point.subList(0, 3) : point;
    return "at $" + String.join(",\\ ", shown) + (point.size() > 3 ? ",\\ \\dots" : "") + "$: "
        + LatexText.escape(values);
  }

  /** The list of steps that are not fine, with each step's formula, and the counts. */
  static String report(Verification v) {
    var b = new StringBuilder("\n\\section*{derivcheck report}\n");
    b.append(LatexText.escape(v.file() + ": "
        + VerifyTextReport.Counts.of(v.steps()).describe(v.derivations()))).append("\n");
    boolean any = false;
    for (VerifiedStep s : v.steps()) {
      if (s.finding() == Finding.HOLDS) continue;
      if (!any) b.append("\\begin{itemize}\n");
      any = true;
      String finding = StepWords.finding(s);
      b.append("\\item \\texttt{").append(LatexText.escape(s.result().source())).append("} ")
          .append(LatexText.escape(StepWords.where(s) + ": " + StepWords.verdict(s)
              + (finding.isEmpty() ? "" : " (" + finding + ")")));
      if (s.result().lhs() != null) {
        b.append("\n\\[ ").append(Printing.latex(s.result().lhs())).append(' ')
            .append(s.result().relation().latex()).append(' ').append(Printing.latex(s.result().rhs()))
            .append(" \\]");
      }
      b.append("\n");
    }
    if (any) b.append("\\end{itemize}\n");
    return b.toString();
  }
}
