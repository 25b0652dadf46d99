package derivcheck.cli;

import derivcheck.doc.MathBlock;
import derivcheck.doc.Span;
import derivcheck.render.LatexText;
import derivcheck.run.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown document as a standalone LaTeX article, for {@code verify --format latex}: headings become
 * {@code \section*}, {@code **bold**} becomes {@code \textbf}, code and tables are typeset verbatim, HTML comments
 * are dropped, other prose is escaped; mathematics is copied as written ({@code $$...$$} becomes {@code \[...\]},
 * or the environment it holds), with the marks inserted.
 */
final class MarkdownLatex {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+");
  private static final Pattern RULE = Pattern.compile("^ {0,3}((\\*\\s*){3,}|(-\\s*){3,}|(_\\s*){3,})$");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
  private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern OUTER_ENVIRONMENT = Pattern.compile(
      "^\\s*\\\\begin\\{(align|gather|equation|multline|flalign|alignat|eqnarray)\\*?\\}");

  private MarkdownLatex() {}

  static String of(Verification v, NavigableMap<Integer, String> marks) {
    String text = v.document().text();
    var pieces = new ArrayList<Piece>();
    for (MathBlock b : v.document().blocks()) pieces.add(new Piece(b.start(), b.end(), b, null));
    for (Span s : v.document().skipped()) pieces.add(new Piece(s.start(), s.end(), null, s));
    pieces.sort((a, b) -> Integer.compare(a.start, b.start));
    var out = new StringBuilder();
    var prose = new ProseWriter(out);
    int at = 0;
    for (Piece p : pieces) {
      if (p.start < at) continue;
      prose.write(text, at, p.start);
      if (p.block != null) {
        out.append(math(text, p.block, marks));
      } else {
        prose.skipped(text, p.span);
      }
      at = p.end;
    }
    prose.write(text, at, text.length());
    prose.finishLine();
    return standalone(v.file(), out.toString(), AnnotatedLatex.report(v), Set.of());
  }

  /** A complete article around {@code body}; {@code hidden} packages are treated as not installed (for tests). */
  static String standalone(String file, String body, String report, Set<String> hidden) {
    return String.join("\n",
        "\\documentclass[11pt]{article}",
        "\\usepackage[utf8]{inputenc}",
        "\\usepackage[T1]{fontenc}",
        "\\usepackage[margin=2.2cm]{geometry}",
        "\\usepackage{amsmath,amssymb}",
        "% packages that notebooks' math may use, when this TeX installation has them",
        OptionalPackages.lines(OptionalPackages.NOTEBOOK_MATH, hidden) + AnnotatedLatex.macros(hidden),
        "\\begin{document}",
        "\\noindent\\textbf{" + LatexText.escape(file) + "} \\hfill \\textit{annotated by derivcheck verify}",
        "\\medskip",
        "",
        body,
        report,
        "\\end{document}",
        "");
  }

  private record Piece(int start, int end, MathBlock block, Span span) {}

  /** A math block with its marks; {@code $$ ... $$} becomes {@code \[ ... \]} unless it holds a display environment. */
  private static String math(String text, MathBlock b, NavigableMap<Integer, String> marks) {
    if (b.environment().equals("$$") || b.environment().equals("```math")) {
      String body = LatexText.math(AnnotatedLatex.withMarks(text, b.bodyStart(), b.bodyEnd(), marks));
      if (OUTER_ENVIRONMENT.matcher(body).find()) return "\n" + body + "\n";
      if (b.rows().size() > 1 && !body.contains("\\begin{")) {
        // rows that MathJax breaks at \\ need an environment in LaTeX
        String env = body.contains("&") ? "aligned" : "gathered";
        body = "\\begin{" + env + "}" + body + "\\end{" + env + "}";
      }
      return "\\[" + body + "\\]";
    }
    return LatexText.math(AnnotatedLatex.withMarks(text, b.start(), b.end(), marks));
  }

  /** Writes prose line by line, remembering whether a heading is open. */
  private static final class ProseWriter {
    private final StringBuilder out;
    private boolean atLineStart = true;
    private boolean headingOpen;

    ProseWriter(StringBuilder out) {
      this.out = out;
    }

    void write(String text, int from, int to) {
      if (from >= to) return;
      List<String> lines = List.of(text.substring(from, to).split("\n", -1));
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          finishLine();
          out.append('\n');
          atLineStart = true;
        }
        String line = lines.get(i);
        if (line.isEmpty()) continue;
        if (atLineStart) {
          Matcher h = HEADING.matcher(line);
          if (h.find()) {
            int level = h.group(1).length();
            out.append(level == 1 ? "\\section*{" : level == 2 ? "\\subsection*{" : "\\subsubsection*{");
            headingOpen = true;
            line = line.substring(h.end());
          } else if (RULE.matcher(line).matches()) {
            out.append("\\medskip\\hrule\\medskip");
            atLineStart = false;
            continue;
          }
        }
        out.append(inline(line));
        atLineStart = false;
      }
    }

    void finishLine() {
      if (headingOpen) out.append('}');
      headingOpen = false;
    }

    void skipped(String text, Span s) {
      String raw = text.substring(s.start(), s.end());
      switch (s.kind()) {
        case COMMENT:
          return;
        case INLINE_CODE:
          out.append("\\texttt{").append(LatexText.escape(raw.replaceAll("^`+|`+$", "").trim())).append('}');
          atLineStart = false;
          return;
        case CODE_BLOCK:
          raw = raw.replaceAll("^[^\\n]*\\n?", "").replaceAll("\\n?[^\\n]*$", "");
          break;
        default:
          break;
      }
      finishLine();
      out.append("\\begin{verbatim}\n").append(raw.replace("\\end{verbatim}", "\\end {verbatim}"))
          .append("\n\\end{verbatim}");
      atLineStart = false;
    }

    /** One line of prose: Markdown escapes removed, TeX specials escaped, bold kept. */
    private static String inline(String line) {
      var b = new StringBuilder();
      Matcher m = BOLD.matcher(line);
      int at = 0;
      while (m.find()) {
        b.append(plain(line.substring(at, m.start())));
        b.append("\\textbf{").append(plain(m.group(1) != null ? m.group(1) : m.group(2))).append('}');
        at = m.end();
      }
      return b.append(plain(line.substring(at))).toString();
    }

    private static String plain(String s) {
      return LatexText.escape(MD_ESCAPE.matcher(s).replaceAll("$1"));
    }
  }
}
