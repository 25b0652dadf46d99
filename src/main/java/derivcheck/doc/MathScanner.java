package derivcheck.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the mathematics of a document in its masked copy ({@link SourceMask}): display environments
 * ({@code equation align gather multline eqnarray flalign alignat displaymath}, starred or not), {@code \[...\]},
 * {@code $$...$$}, and inline {@code $...$} and {@code \(...\)}. In Markdown a {@code $} opens inline math only when
 * a non-space follows it, and closes it only after a non-space and before a non-digit (so {@code $5 and $10} is
 * money). Math delimited by {@code $}, {@code $$}, {@code \[} or {@code \(} never crosses a blank line (TeX would stop
 * with an error; Markdown would end the paragraph), so a stray delimiter cannot swallow the document. {@code \$} is
 * a dollar sign in both kinds. A GitHub {@code ```math} fence is display math.
 */
final class MathScanner {
  private static final Set<String> DISPLAY_ENVIRONMENTS = Set.of("equation", "equation*", "align", "align*",
      "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "flalign", "flalign*", "alignat",
      "alignat*", "displaymath", "dmath", "dmath*");
  private static final Pattern TEX_BREAK = Pattern.compile(
      "\\\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph|item)(?![a-zA-Z])");
  private static final Pattern MD_BREAK = Pattern.compile(
      "(?m)^ {0,3}(#{1,6}(\\s|$)|(\\*\\s*){3,}$|(-\\s*){3,}$|(_\\s*){3,}$|={3,}\\s*$)");

  private MathScanner() {}

  static MathDocument scan(String text, DocKind kind) {
    SourceMask.Masked masked = SourceMask.mask(text, kind);
    char[] s = masked.chars();
    var lines = new LineIndex(text);
    Macros macros = Macros.collect(kind == DocKind.LATEX ? withoutComments(text) : text);
    var blocks = new ArrayList<MathBlock>();
    int n = s.length;
    int i = 0;
    int prevEnd = 0;
    var fences = new java.util.ArrayDeque<>(masked.mathFences());
    while (i < n) {
      Found f = find(s, i, kind);
      while (!fences.isEmpty() && fences.peek().end() <= i) fences.poll();
      SourceMask.MathFence fence = fences.peek();
      if (fence != null && (f == null || fence.start() < f.start)) {
        fences.poll();
        f = new Found(fence.start(), fence.end(), fence.bodyStart(), fence.bodyEnd(), true, "```math");
      }
      if (f == null) break;
      String prose = new String(s, prevEnd, f.start - prevEnd);
      boolean joinAll = f.environment.startsWith("multline");
      List<MathRow> rows = RowSplitter.split(s, f.bodyStart, f.bodyEnd, joinAll, lines, macros);
      blocks.add(new MathBlock(f.start, f.end, f.bodyStart, f.bodyEnd, f.display, f.environment, prose,
          isBreak(prose, kind), rows));
      prevEnd = f.end;
      i = f.end;
    }
    var unclosed = new ArrayList<MathDocument.Unclosed>();
    for (MathBlock b : blocks) {
      if (b.end() == b.bodyEnd()) unclosed.add(new MathDocument.Unclosed(opener(b.environment()), lines.at(b.start())));
    }
    return new MathDocument(text, kind, blocks, masked.skipped(), lines, unclosed);
  }

  private static String opener(String environment) {
    return environment.startsWith("$") || environment.startsWith("\\") ? environment
        : "\\begin{" + environment + "}";
  }

  /** The text with TeX {@code %} comments (not {@code \%}) blanked, for collecting macros. */
  private static String withoutComments(String text) {
    char[] s = text.toCharArray();
    for (int i = 0; i < s.length; i++) {
      if (s[i] == '\\') {
        i++;
      } else if (s[i] == '%') {
        int e = i;
        while (e < s.length && s[e] != '\n') e++;
        TexChars.blank(s, i, e);
        i = e;
      }
    }
    return new String(s);
  }

  private static boolean isBreak(String prose, DocKind kind) {
    return (kind == DocKind.LATEX ? TEX_BREAK : MD_BREAK).matcher(prose).find();
  }

  /** One block found: its span, body, form and environment ("$", "$$", "\\[", "\\(" or the name). */
  private record Found(int start, int end, int bodyStart, int bodyEnd, boolean display, String environment) {}

  /** The next block at or after {@code i}, or null. */
  private static Found find(char[] s, int i, DocKind kind) {
    int n = s.length;
    while (i < n) {
      char c = s[i];
      if (c == '\\' && i + 1 < n) {
        char d = s[i + 1];
        if (d == '[' || d == '(') {
          String close = d == '[' ? "\\]" : "\\)";
          int e = closing(s, i + 2, close, true);
          if (e >= 0) return new Found(i, e + 2, i + 2, e, d == '[', "\\" + d);
          if (d == '[') {
            int stop = paragraphEnd(s, i + 2);
            return new Found(i, stop, i + 2, stop, true, "\\[");
          }
        }
        String env = TexChars.environmentAt(s, i, n, "\\begin");
        if (env != null && (DISPLAY_ENVIRONMENTS.contains(env) || env.equals("math"))) {
          int bodyStart = TexChars.environmentTagEnd(s, i, n);
          if (env.startsWith("alignat")) {
            int j = TexChars.skipSpace(s, bodyStart, n);
            if (j < n && s[j] == '{') bodyStart = Math.max(bodyStart, TexChars.groupEnd(s, j, n));
          }
          int e = environmentClose(s, bodyStart, env);
          if (e >= 0) {
            int end = TexChars.environmentTagEnd(s, e, n);
            return new Found(i, end, bodyStart, e, !env.equals("math"), env);
          }
          if (!env.equals("math")) {
            int stop = paragraphEnd(s, bodyStart); // never closed: body and block end together (reported)
            return new Found(i, stop, bodyStart, stop, true, env);
          }
        }
        i += 2;
        continue;
      }
      if (c == '$') {
        if (i + 1 < n && s[i + 1] == '$') {
          int e = closing(s, i + 2, "$$", true);
          if (e >= 0) return new Found(i, e + 2, i + 2, e, true, "$$");
          i += 2;
          continue;
        }
        int e = kind == DocKind.MARKDOWN ? markdownInlineClose(s, i) : closing(s, i + 1, "$", true);
        if (e >= 0) return new Found(i, e + 1, i + 1, e, false, "$");
      }
      i++;
    }
    return null;
  }

  /** The offset of {@code close} after {@code from}, skipping escaped characters; -1 if absent. */
  private static int closing(char[] s, int from, String close, boolean stopAtBlankLine) {
    for (int i = from; i < s.length; i++) {
      if (TexChars.startsWith(s, i, s.length, close)) return i;
      if (s[i] == '\\') {
        i++;
        continue;
      }
      if (stopAtBlankLine && s[i] == '\n' && blankLineFollows(s, i)) return -1;
    }
    return -1;
  }

  private static int markdownInlineClose(char[] s, int open) {
    int n = s.length;
    if (open + 1 >= n || Character.isWhitespace(s[open + 1])) return -1;
    for (int i = open + 1; i < n; i++) {
      char c = s[i];
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == '\n' && blankLineFollows(s, i)) return -1;
      if (c == '$') {
        if (i + 1 < n && s[i + 1] == '$') return -1;
        // The first '$' decides: math cannot hold an unescaped '$', so "$5 and $10" is money.
        boolean afterSpace = Character.isWhitespace(s[i - 1]);
        boolean beforeDigit = i + 1 < n && Character.isDigit(s[i + 1]);
        return afterSpace || beforeDigit ? -1 : i;
      }
    }
    return -1;
  }

  private static boolean blankLineFollows(char[] s, int newline) {
    for (int i = newline + 1; i < s.length; i++) {
      if (s[i] == '\n') return true;
      if (!Character.isWhitespace(s[i])) return false;
    }
    return true;
  }

  /** The offset of the next blank line after {@code from}, or the end of the text. */
  private static int paragraphEnd(char[] s, int from) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == '\n' && blankLineFollows(s, i)) return i;
    }
    return s.length;
  }

  /** The offset of the {@code \end{env}} that closes an environment whose body starts at {@code from}. */
  private static int environmentClose(char[] s, int from, String env) {
    int depth = 0;
    for (int i = from; i < s.length; i++) {
      if (s[i] != '\\') continue;
      String b = TexChars.environmentAt(s, i, s.length, "\\begin");
      if (env.equals(b)) depth++;
      String e = b == null ? TexChars.environmentAt(s, i, s.length, "\\end") : null;
      if (env.equals(e)) {
        if (depth == 0) return i;
        depth--;
      }
      if (i + 1 < s.length && s[i + 1] == '\\') i++;
    }
    return -1;
  }
}
