package derivcheck.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out what holds no mathematics to check, so the math scanner never sees it: TeX {@code %} comments (not
 * {@code \%}), verbatim and code environments, tables, pseudo-code and the preamble; Markdown fenced code, inline
 * code, HTML comments and pipe tables. The masked copy has the file's length and line breaks, so offsets found in it
 * are offsets in the file.
 */
final class SourceMask {
  /** TeX environments whose content is copied, not read: code, tables, pseudo-code. */
  private static final Set<String> VERBATIM = Set.of("verbatim", "verbatim*", "Verbatim", "lstlisting", "minted",
      "comment");
  private static final Set<String> TABLES = Set.of("tabular", "tabular*", "tabularx", "longtable", "tabu");
  private static final Set<String> PSEUDOCODE = Set.of("algorithmic", "algorithm", "algorithm*", "algorithm2e");

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

  /** The masked characters and what was blanked. */
  record Masked(char[] chars, List<Span> skipped, List<MathFence> mathFences) {}

  /** A GitHub {@code ```math} block: the fence lines are blanked, the content is display math. */
  record MathFence(int start, int end, int bodyStart, int bodyEnd) {}

  private SourceMask() {}

  static Masked mask(String text, DocKind kind) {
    char[] s = text.toCharArray();
    var spans = new ArrayList<Span>();
    var fences = new ArrayList<MathFence>();
    if (kind == DocKind.LATEX) tex(s, spans);
    else markdown(s, spans, fences);
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Masked(s, spans, fences);
  }

  private static void tex(char[] s, List<Span> spans) {
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c == '%') {
        int e = lineEnd(s, i);
        skip(s, spans, i, e, Span.Kind.COMMENT);
        i = e;
      } else if (c == '\\') {
        String env = TexChars.environmentAt(s, i, n, "\\begin");
        Span.Kind kind = env == null ? null : VERBATIM.contains(env) ? Span.Kind.CODE_BLOCK
            : TABLES.contains(env) ? Span.Kind.TABLE : PSEUDOCODE.contains(env) ? Span.Kind.PSEUDOCODE : null;
        if (kind != null) {
          int e = environmentEnd(s, i, env, kind != Span.Kind.CODE_BLOCK);
          skip(s, spans, i, e, kind);
          i = e;
        } else if (TexChars.startsWith(s, i, n, "\\verb") && i + 5 < n && !Character.isLetter(s[i + 5])) {
          int d = s[i + 5] == '*' ? i + 6 : i + 5;
          int e = d + 1;
          while (e < n && s[e] != s[d] && s[e] != '\n') e++;
          e = Math.min(n, e + 1);
          skip(s, spans, i, e, Span.Kind.INLINE_CODE);
          i = e;
        } else {
          i += 2;
        }
      } else {
        i++;
      }
    }
    preamble(s, spans);
  }

  /** Everything before {@code \begin{document}} and after {@code \end{document}}, when the file has them. */
  private static void preamble(char[] s, List<Span> spans) {
    String masked = new String(s);
    int begin = masked.indexOf("\\begin{document}");
    if (begin < 0) return;
    int bodyStart = begin + "\\begin{document}".length();
    int end = masked.indexOf("\\end{document}", bodyStart);
    skip(s, spans, 0, bodyStart, Span.Kind.PREAMBLE);
    if (end >= 0) skip(s, spans, end, s.length, Span.Kind.PREAMBLE);
  }

  /** The offset after the {@code \end} matching the {@code \begin{env}} at {@code begin} (or the file's end). */
  private static int environmentEnd(char[] s, int begin, String env, boolean nested) {
    String open = "\\begin{" + env + "}";
    String close = "\\end{" + env + "}";
    String text = new String(s);
    int depth = 0;
    int i = begin;
    while (true) {
      int nextClose = text.indexOf(close, i + 1);
      if (nextClose < 0) return s.length;
      int nextOpen = nested ? text.indexOf(open, i + 1) : -1;
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++;
        i = nextOpen;
      } else if (depth > 0) {
        depth--;
        i = nextClose;
      } else {
        return nextClose + close.length();
      }
    }
  }

  private static void markdown(char[] s, List<Span> spans, List<MathFence> fences) {
    fencesAndTables(s, spans, fences);
    htmlComments(s, spans);
    inlineCode(s, spans);
  }

  private static void fencesAndTables(char[] s, List<Span> spans, List<MathFence> fences) {
    int n = s.length;
    String fence = null;
    int fenceStart = 0;
    int tableStart = -1;
    for (int start = 0; start < n; ) {
      int end = lineEnd(s, start);
      String line = new String(s, start, end - start);
      int next = Math.min(n, end + 1);
      if (fence != null) {
        String t = line.trim();
        char mark = fence.charAt(0);
        if (t.length() >= fence.length() && t.chars().allMatch(ch -> ch == mark)) {
          if (isMath(s, fenceStart)) {
            int bodyStart = lineEnd(s, fenceStart) + 1;
            TexChars.blank(s, fenceStart, bodyStart);
            TexChars.blank(s, start, end);
            fences.add(new MathFence(fenceStart, end, bodyStart, Math.max(bodyStart, start - 1)));
          } else {
            skip(s, spans, fenceStart, end, Span.Kind.CODE_BLOCK);
          }
          fence = null;
        }
      } else {
        Matcher m = FENCE.matcher(line);
        boolean table = TABLE_ROW.matcher(line).matches();
        if (tableStart >= 0 && !table) {
          skip(s, spans, tableStart, start - 1, Span.Kind.TABLE);
          tableStart = -1;
        }
        if (m.find()) {
          fence = m.group(1);
          fenceStart = start;
        } else if (table && tableStart < 0) {
          tableStart = start;
        }
      }
      start = next;
      if (start >= n) {
        if (fence != null) skip(s, spans, fenceStart, n, Span.Kind.CODE_BLOCK);
        if (tableStart >= 0) skip(s, spans, tableStart, n, Span.Kind.TABLE);
      }
    }
  }

  /** Whether the fence opening at {@code lineStart} is {@code ```math}. */
  private static boolean isMath(char[] s, int lineStart) {
    String line = new String(s, lineStart, lineEnd(s, lineStart) - lineStart).trim();
    return line.replaceAll("^[`~]+", "").trim().equals("math");
  }

  private static void htmlComments(char[] s, List<Span> spans) {
    String text = new String(s);
    int i = 0;
    while ((i = text.indexOf("<!--", i)) >= 0) {
      int e = text.indexOf("-->", i + 4);
      e = e < 0 ? s.length : e + 3;
      skip(s, spans, i, e, Span.Kind.COMMENT);
      i = e;
    }
  }

  /** A run of k backticks up to the next run of exactly k backticks, as CommonMark reads code spans. */
  private static void inlineCode(char[] s, List<Span> spans) {
    int n = s.length;
    int i = 0;
    while (i < n) {
      if (s[i] != '`' || (i > 0 && s[i - 1] == '\\')) {
        i++;
        continue;
      }
      int k = run(s, i);
      int j = i + k;
      int close = -1;
      while (j < n) {
        if (s[j] == '`') {
          int r = run(s, j);
          if (r == k) {
            close = j;
            break;
          }
          j += r;
        } else {
          j++;
        }
      }
      if (close < 0) {
        i += k;
        continue;
      }
      skip(s, spans, i, close + k, Span.Kind.INLINE_CODE);
      i = close + k;
    }
  }

  private static int run(char[] s, int i) {
    int j = i;
    while (j < s.length && s[j] == '`') j++;
    return j - i;
  }

  private static int lineEnd(char[] s, int i) {
    while (i < s.length && s[i] != '\n') i++;
    return i;
  }

  private static void skip(char[] s, List<Span> spans, int from, int to, Span.Kind kind) {
    if (to <= from) return;
    TexChars.blank(s, from, to);
    spans.add(new Span(from, to, kind));
  }
}
