package derivcheck.cli;

import derivcheck.check.Verdict;
import derivcheck.run.Result;
import java.io.PrintWriter;
import java.util.List;

/** Human-readable output: one line per result, compiler style, then the counts. */
final class TextReport {
  private TextReport() {}

  /** For {@code check}: PASS/FAIL per result against its file's expectation. */
  static void suite(List<Result> results, PrintWriter out) {
    for (Result r : results) {
      String mark = r.asExpected() ? "PASS" : "FAIL";
      out.println(mark + " " + r.source() + " " + label(r) + ": " + verdictText(r));
      if (!r.asExpected()) {
        out.println("     expected " + expectedText(r) + "; step: " + stepText(r));
      }
      if (r.message() != null && !r.asExpected()) out.println(indent(r.message()));
    }
    Summary s = Summary.of(results);
    out.println();
    out.println("verdicts: " + s.verdictLine());
    out.println(s.passed() + " passed, " + s.failed() + " failed");
  }

  /** For {@code claim}: each step with its verdict and evidence. */
  static void claims(List<Result> results, PrintWriter out, PrintWriter err) {
    for (Result r : results) {
      if (r.message() != null) {
        err.println(r.message());
        continue;
      }
      String where = results.size() > 1 ? "step " + r.step() + ": " : "";
      out.println(where + stepText(r));
      out.println("  " + verdictText(r));
    }
  }

  static String label(Result r) {
    String id = r.id().isEmpty() ? "" : r.id();
    boolean multi = r.lhs() != null;
    return multi ? id + " step " + r.step() : id;
  }

  static String verdictText(Result r) {
    Verdict v = r.verdict();
    return v.kind().word() + " " + v.detail();
  }

  static String stepText(Result r) {
    if (r.lhs() == null) return "(not readable)";
    return Printing.latex(r.lhs()) + " " + r.relation().latex() + " " + Printing.latex(r.rhs());
  }

  private static String expectedText(Result r) {
    switch (r.expected()) {
      case PROVED: return "proved";
      case FALSE: return "refuted";
      default: return "to hold";
    }
  }

  private static String indent(String s) {
    return "     " + s.replace("\n", "\n     ");
  }
}
