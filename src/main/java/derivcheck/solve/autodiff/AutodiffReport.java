package derivcheck.solve.autodiff;

import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.render.LatexPrinter;
import derivcheck.render.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The autodiff tables as text, LaTeX (a complete document) or Markdown. */
public final class AutodiffReport {
  private AutodiffReport() {}

  private static String num(double v) {
    if (v == 0) return "0";
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static String head(Autodiff.Tables t, Function<Expr, String> print) {
    var params = new ArrayList<String>();
    for (int j = 0; j < t.inputs().size(); j++) {
      params.add(print.apply(t.inputs().get(j)) + " = " + print.apply(
          derivcheck.rules.Rational.valueOf(new derivcheck.expr.Num(java.math.BigDecimal.valueOf(t.point()[j])))
              .map(derivcheck.rules.Rational::toExpr).orElseThrow()));
    }
    return String.join(", ", params);
  }

  private static Expr call(Autodiff.Function f, List<Expr> inputs) {
    return new Call(f.name(), inputs);
  }

  // ---- text

  public static String text(Autodiff.Tables t) {
    var out = new StringBuilder();
    int n = t.inputs().size();
    int m = t.functions().size();
    out.append("automatic differentiation at ").append(head(t, PlainText::print)).append('\n');
    for (var f : t.functions()) {
      out.append("  ").append(PlainText.print(call(f, t.inputs()))).append(" = ").append(PlainText.print(f.body()))
          .append('\n');
    }
    out.append("\ncomputation graph, values, and forward-mode tangents (one column per input)\n");
    var rows = new ArrayList<String[]>();
    var header = new ArrayList<String>(List.of("var", "definition", "value"));
    for (int j = 0; j < n; j++) header.add("d/d" + PlainText.print(t.inputs().get(j)));
    rows.add(header.toArray(String[]::new));
    for (Graph.Node node : t.graph().nodes()) {
      var r = new ArrayList<String>();
      r.add(PlainText.print(node.name()));
      r.add(node.isInput() ? PlainText.print(t.inputs().get(node.index())) : PlainText.print(node.op()));
      r.add(num(t.values()[node.index()]));
      for (int j = 0; j < n; j++) r.add(num(t.tangents()[j][node.index()]));
      rows.add(r.toArray(String[]::new));
    }
    table(out, rows);
    out.append("\nvalue: ");
    for (int i = 0; i < m; i++) {
      int k = t.graph().outputs().get(i);
      out.append(i == 0 ? "" : ", ").append(t.functions().get(i).name()).append(" = ")
          .append(PlainText.print(t.graph().node(k).name())).append(" = ").append(num(t.values()[k]));
    }
    out.append("\n\nreverse mode: adjoints (one column per output)\n");
    rows = new ArrayList<>();
    header = new ArrayList<>(List.of("var"));
    for (var f : t.functions()) header.add("d" + f.name() + "/dv");
    rows.add(header.toArray(String[]::new));
    for (int k = t.graph().nodes().size() - 1; k >= 0; k--) {
      var r = new ArrayList<String>();
      r.add(PlainText.print(t.graph().node(k).name()));
      for (int i = 0; i < m; i++) r.add(num(t.adjoints()[i][k]));
      rows.add(r.toArray(String[]::new));
    }
    table(out, rows);
    out.append("\nJacobian\n");
    rows = new ArrayList<>();
    rows.add(new String[] {"entry", "exact", "value", "forward mode", "reverse mode",
        "finite difference (delta = " + t.delta() + ")", "kernel"});
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rows.add(new String[] {
            "d" + t.functions().get(i).name() + "/d" + PlainText.print(t.inputs().get(j)),
            PlainText.print(t.exactAtPoint()[i][j]),
            num(t.jacobian()[i][j]),
            num(t.tangents()[j][t.graph().outputs().get(i)]),
            num(t.adjoints()[i][j]),
            num(t.finiteDifferences()[i][j]),
            t.verdicts()[i][j].kind().word()});
      }
    }
    table(out, rows);
    out.append(String.format(Locale.ROOT, "\nlargest |finite difference - exact| = %.2e (forward differences are off"
        + " by O(delta))%n", t.worstFiniteDifferenceError()));
    out.append("kernel: each exact entry is the reverse-mode adjoint, worked out symbolically and checked against ")
        .append("the derivative of the function for all inputs\n");
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        out.append("  d").append(t.functions().get(i).name()).append("/d").append(PlainText.print(t.inputs().get(j)))
            .append(" = ").append(PlainText.print(t.exact()[i][j])).append("   [")
            .append(t.verdicts()[i][j].kind().word()).append("]\n");
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r[c].length());
    for (String[] r : rows) {
      var line = new StringBuilder("  ");
      for (int c = 0; c < cols; c++) {
        line.append(r[c]);
        if (c < cols - 1) line.append(" ".repeat(width[c] - r[c].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  // ---- LaTeX and Markdown

  /** The tables as LaTeX fragments ({@code tabular}s); {@code markdown} switches to Markdown tables with $...$. */
  private static String tables(Autodiff.Tables t, boolean markdown) {
    var out = new StringBuilder();
    int n = t.inputs().size();
    int m = t.functions().size();
    Function<Expr, String> math = e -> "$" + LatexPrinter.print(e) + "$";
    out.append(markdown ? "### Automatic differentiation at " : "\\subsection*{Automatic differentiation at ")
        .append("$").append(head(t, LatexPrinter::print)).append("$").append(markdown ? "\n\n" : "}\n");
    for (var f : t.functions()) {
      out.append(markdown ? "" : "\\noindent ").append("$").append(LatexPrinter.print(call(f, t.inputs())))
          .append(" = ").append(LatexPrinter.print(f.body())).append("$").append(markdown ? "\n\n" : "\\\\\n");
    }
    var rows = new ArrayList<List<String>>();
    var header = new ArrayList<String>(List.of("variable", "definition", "value"));
    for (int j = 0; j < n; j++) header.add("$\\dot v$, seed $" + LatexPrinter.print(t.inputs().get(j)) + "$");
    rows.add(header);
    for (Graph.Node node : t.graph().nodes()) {
      var r = new ArrayList<String>();
      r.add(math.apply(node.name()));
      r.add(math.apply(node.isInput() ? t.inputs().get(node.index()) : node.op()));
      r.add(num(t.values()[node.index()]));
      for (int j = 0; j < n; j++) r.add(num(t.tangents()[j][node.index()]));
      rows.add(r);
    }
    out.append(markdown ? "\nForward pass and forward-mode tangents:\n\n"
        : "\n\\par\\medskip\\noindent\\textbf{Forward pass and forward-mode tangents.}\\par\\smallskip\\noindent\n");
    grid(out, rows, markdown);
    var values = new ArrayList<String>();
    for (int i = 0; i < m; i++) {
      int k = t.graph().outputs().get(i);
      values.add("$" + t.functions().get(i).name() + " = " + LatexPrinter.print(t.graph().node(k).name()) + " = "
          + num(t.values()[k]) + "$");
    }
    out.append(markdown ? "\nValue: " : "\n\\par\\smallskip\\noindent Value: ").append(String.join(", ", values))
        .append(".\n");
    rows = new ArrayList<>();
    header = new ArrayList<>(List.of("variable"));
    for (var f : t.functions()) header.add("$\\bar v$ for $" + f.name() + "$");
    rows.add(header);
    for (int k = t.graph().nodes().size() - 1; k >= 0; k--) {
      var r = new ArrayList<String>();
      r.add(math.apply(t.graph().node(k).name()));
      for (int i = 0; i < m; i++) r.add(num(t.adjoints()[i][k]));
      rows.add(r);
    }
    out.append(markdown ? "\nReverse mode (adjoints):\n\n" : "\n\\par\\medskip\\noindent\\textbf{Reverse mode (adjoints).}\\par\\smallskip\\noindent\n");
    grid(out, rows, markdown);
    rows = new ArrayList<>();
    rows.add(List.of("entry", "exact", "value", "forward", "reverse", "finite diff.", "kernel"));
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rows.add(List.of(
            "$\\partial " + t.functions().get(i).name() + "/\\partial " + LatexPrinter.print(t.inputs().get(j)) + "$",
            math.apply(t.exactAtPoint()[i][j]),
            num(t.jacobian()[i][j]),
            num(t.tangents()[j][t.graph().outputs().get(i)]),
            num(t.adjoints()[i][j]),
            num(t.finiteDifferences()[i][j]),
            t.verdicts()[i][j].kind().word()));
      }
    }
    out.append(markdown ? "\nJacobian:\n\n" : "\n\\par\\medskip\\noindent\\textbf{Jacobian.}\\par\\smallskip\\noindent\n");
    grid(out, rows, markdown);
    out.append(markdown ? "" : "\n\\par\\smallskip\\noindent ");
    out.append(String.format(Locale.ROOT, "%nFinite differences use $\\Delta w = %s$; the largest difference from the "
        + "exact Jacobian is $%s$ (forward differences are off by $O(\\Delta w)$). Each exact entry is the "
        + "reverse-mode adjoint worked out symbolically; the kernel checked it against the derivative of the "
        + "function for all inputs.%n", t.delta(), sci(t.worstFiniteDifferenceError())));
    return out.toString();
  }

  /** {@code 3.60 \cdot 10^{-3}}. */
  private static String sci(double v) {
    if (v == 0) return "0";
    int exp = (int) Math.floor(Math.log10(Math.abs(v)));
    return String.format(Locale.ROOT, "%.2f \\cdot 10^{%d}", v / Math.pow(10, exp), exp);
  }

  private static void grid(StringBuilder out, List<List<String>> rows, boolean markdown) {
    int cols = rows.get(0).size();
    if (markdown) {
      for (int r = 0; r < rows.size(); r++) {
        out.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
        if (r == 0) out.append("|").append(" --- |".repeat(cols)).append('\n');
      }
      return;
    }
    out.append("\\begin{tabular}{").append("l".repeat(cols)).append("}\n\\hline\n");
    for (int r = 0; r < rows.size(); r++) {
      out.append(String.join(" & ", rows.get(r))).append(" \\\\\n");
      if (r == 0) out.append("\\hline\n");
    }
    out.append("\\hline\n\\end{tabular}\n");
  }

  public static String markdown(Autodiff.Tables t) {
    return tables(t, true);
  }

  public static String latexFragment(Autodiff.Tables t) {
    return tables(t, false);
  }

  public static String latexDocument(Autodiff.Tables t) {
    return "\\documentclass[10pt]{article}\n\\usepackage{amsmath}\n\\usepackage{amssymb}\n"
        + "\\setlength{\\textwidth}{6.5in}\\setlength{\\oddsidemargin}{0in}\n\\begin{document}\n"
        + latexFragment(t) + "\\end{document}\n";
  }

  /** For the kernel's verdict on one entry (used by the JSON output). */
  public static String entryName(Autodiff.Tables t, int i, int j) {
    return "d" + t.functions().get(i).name() + "/d" + PlainText.print(t.inputs().get(j));
  }
}
