package derivcheck.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits the body of a math block into rows, in place in a masked copy of the file:
 * <ul>
 *   <li>{@code \\} (with an optional {@code [2pt]}) and {@code \intertext{...}} end a row at brace depth 0, and so
 *       do arrows between statements ({@code \implies}, {@code \Longrightarrow}, {@code \iff}, {@code \therefore});</li>
 *   <li>inner {@code aligned}, {@code split}, {@code gathered} are transparent (their tags are blanked, their
 *       {@code \\} split rows); {@code cases}, {@code matrix}, {@code array}... keep their {@code \\} and {@code &};</li>
 *   <li>{@code &} is blanked, except that a later column pair holding an equation of its own
 *       ({@code x &= 1 & y &= 2}) becomes a row of its own;</li>
 *   <li>a row that only continues the expression above (it has no relation, or starts with {@code +},
 *       {@code \cdot}, {@code \times}, or with {@code -} after an empty left cell) is joined to the row before;
 *       in {@code multline} every line is joined.</li>
 * </ul>
 */
final class RowSplitter {
  static final Set<String> TRANSPARENT = Set.of("aligned", "alignedat", "gathered", "split", "multlined",
      "align", "align*", "gather", "gather*", "equation", "equation*", "alignat", "alignat*", "flalign",
      "flalign*", "eqnarray", "eqnarray*", "multline", "multline*", "subequations");
  private static final Set<String> JOINED = Set.of("multline", "multline*", "multlined");
  private static final Set<String> TEXT_COMMANDS = Set.of("\\text", "\\textrm", "\\textit", "\\textbf", "\\mbox",
      "\\mathrm", "\\operatorname", "\\operatorname*", "\\textnormal", "\\textsf", "\\texttt", "\\mathit");
  private static final Set<String> RELATION_COMMANDS = Set.of("\\le", "\\leq", "\\ge", "\\geq", "\\ne", "\\neq",
      "\\approx", "\\lt", "\\gt", "\\leqslant", "\\geqslant", "\\coloneqq", "\\equiv");
  /** Arrows between two statements: each side is a row of its own. */
  private static final Set<String> IMPLICATIONS = Set.of("\\implies", "\\impliedby", "\\iff", "\\Rightarrow",
      "\\Longrightarrow", "\\Leftrightarrow", "\\Longleftrightarrow", "\\therefore", "\\because");
  private static final Set<String> SPACING = Set.of("\\quad", "\\qquad", "\\,", "\\;", "\\:", "\\!", "\\ ",
      "\\enspace", "\\left");

  /** A row before cleaning up: its span, the offsets of its {@code &}s, and the intertext before it. */
  private static final class Raw {
    int start;
    int end;
    final List<Integer> amps = new ArrayList<>();
    String intertext = "";
    boolean leftBlank;

    Raw(int start) {
      this.start = start;
    }
  }

  private RowSplitter() {}

  static List<MathRow> split(char[] s, int from, int to, boolean joinAll, LineIndex lines, Macros macros) {
    Annotations.clean(s, from, to);
    List<Raw> raws = rawRows(s, from, to);
    List<Raw> rows = new ArrayList<>();
    for (Raw r : raws) rows.addAll(columns(s, r));
    List<Raw> joined = new ArrayList<>();
    String pendingProse = "";
    for (Raw r : rows) {
      if (isBlankRow(s, r)) {
        if (!r.intertext.isEmpty()) pendingProse = r.intertext;
        continue;
      }
      if (r.intertext.isEmpty()) r.intertext = pendingProse;
      pendingProse = "";
      Raw prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (prev != null && r.intertext.isEmpty() && (joinAll || continuesExpression(s, r))) {
        prev.end = r.end;
        continue;
      }
      joined.add(r);
    }
    var out = new ArrayList<MathRow>();
    for (Raw r : joined) {
      int a = TexChars.skipSpace(s, r.start, r.end);
      int b = r.end;
      while (b > a && Character.isWhitespace(s[b - 1])) b--;
      if (a >= b) continue;
      String text = new String(s, a, b - a);
      Macros.Expanded expanded = macros.expand(text, a);
      if (expanded == null) {
        out.add(new MathRow(new Snippet(text, lines.at(a)), a, b, r.intertext));
      } else {
        char[] e = expanded.text().toCharArray();
        Annotations.clean(e, 0, e.length); // a macro may wrap its argument in \color or \boxed
        out.add(new MathRow(new Snippet(new String(e), lines.at(a)), a, b, r.intertext, expanded.offsets(), lines));
      }
    }
    return out;
  }

  /** Finds row separators, blanking them and the tags of transparent environments. */
  private static List<Raw> rawRows(char[] s, int from, int to) {
    var rows = new ArrayList<Raw>();
    Raw cur = new Raw(from);
    int depth = 0;
    int opaque = 0;
    Deque<String> inner = new ArrayDeque<>();
    int i = from;
    while (i < to) {
      char c = s[i];
      if (c == '\\') {
        String begin = TexChars.environmentAt(s, i, to, "\\begin");
        String end = begin == null ? TexChars.environmentAt(s, i, to, "\\end") : null;
        if (begin != null || end != null) {
          int tagEnd = TexChars.environmentTagEnd(s, i, to);
          String env = begin != null ? begin : end;
          if (opaque == 0 && TRANSPARENT.contains(env)) {
            if (begin != null) {
              tagEnd = environmentArguments(s, tagEnd, to, env);
              inner.push(env);
            } else if (!inner.isEmpty()) {
              inner.pop();
            }
            TexChars.blank(s, i, tagEnd);
          } else {
            opaque += begin != null ? 1 : -1;
          }
          i = tagEnd;
          continue;
        }
        if (depth == 0 && opaque == 0 && i + 1 < to && s[i + 1] == '\\') {
          int j = i + 2;
          if (j < to && s[j] == '*') j++;
          int k = TexChars.skipSpace(s, j, to);
          if (k < to && s[k] == '[') {
            int e = TexChars.groupEnd(s, k, to);
            if (e > 0) j = e;
          }
          TexChars.blank(s, i, j);
          if (!inner.isEmpty() && JOINED.contains(inner.peek())) {
            i = j;
            continue;
          }
          cur.end = i;
          rows.add(cur);
          cur = new Raw(j);
          i = j;
          continue;
        }
        String cmd = TexChars.commandAt(s, i, to);
        if (depth == 0 && opaque == 0 && ("\\intertext".equals(cmd) || "\\shortintertext".equals(cmd))) {
          int argEnd = TexChars.argumentEnd(s, i + cmd.length(), to);
          if (argEnd > 0) {
            String prose = new String(s, i + cmd.length(), argEnd - i - cmd.length()).trim();
            if (prose.startsWith("{")) prose = prose.substring(1, prose.length() - 1);
            TexChars.blank(s, i, argEnd);
            cur.end = i;
            rows.add(cur);
            cur = new Raw(argEnd);
            cur.intertext = prose;
            i = argEnd;
            continue;
          }
        }
        if (depth == 0 && opaque == 0 && cmd != null && IMPLICATIONS.contains(cmd)) {
          // A \implies B: two statements, each checked on its own
          TexChars.blank(s, i, i + cmd.length());
          cur.end = i;
          rows.add(cur);
          cur = new Raw(i + cmd.length());
          cur.intertext = "implies";
          i += cmd.length();
          continue;
        }
        i += cmd != null ? cmd.length() : 2;
        continue;
      }
      if (c == '{') depth++;
      if (c == '}') depth--;
      if (c == '&' && depth == 0 && opaque == 0) cur.amps.add(i);
      i++;
    }
    cur.end = to;
    rows.add(cur);
    return rows;
  }

  /** Skips and blanks {@code [t]} of {@code aligned} and {@code {2}} of {@code alignedat}. */
  private static int environmentArguments(char[] s, int i, int to, String env) {
    int j = TexChars.skipSpace(s, i, to);
    if (j < to && s[j] == '[') {
      int e = TexChars.groupEnd(s, j, to);
      if (e > 0) i = e;
      j = TexChars.skipSpace(s, i, to);
    }
    if (env.startsWith("alignat") || env.startsWith("alignedat")) {
      if (j < to && s[j] == '{') {
        int e = TexChars.groupEnd(s, j, to);
        if (e > 0) i = e;
      }
    }
    return i;
  }

  /** Blanks the {@code &}s of a row; a later column pair with an equation of its own becomes a row of its own. */
  private static List<Raw> columns(char[] s, Raw r) {
    var out = new ArrayList<Raw>();
    Raw cur = r;
    int rowEnd = r.end;
    List<Integer> cells = new ArrayList<>();
    cells.add(r.start);
    for (int a : r.amps) cells.add(a + 1);
    r.leftBlank = !r.amps.isEmpty() && TexChars.isBlank(s, r.start, r.amps.get(0));
    for (int p = 1; 2 * p < cells.size(); p++) {
      int left = cells.get(2 * p);
      int pairEnd = 2 * p + 2 < cells.size() ? cells.get(2 * p + 2) - 1 : rowEnd;
      int leftEnd = 2 * p + 1 < cells.size() ? cells.get(2 * p + 1) - 1 : rowEnd;
      if (!TexChars.isBlank(s, left, leftEnd) && hasRelation(s, left, pairEnd)) {
        int amp = left - 1;
        cur.end = amp;
        out.add(cur);
        Raw next = new Raw(left);
        next.leftBlank = false;
        cur = next;
      }
    }
    cur.end = rowEnd;
    out.add(cur);
    for (int a : r.amps) s[a] = ' ';
    return out;
  }

  private static boolean isBlankRow(char[] s, Raw r) {
    return TexChars.isBlank(s, r.start, r.end);
  }

  /** A row that continues the expression of the row above rather than stating something of its own. */
  private static boolean continuesExpression(char[] s, Raw r) {
    if (!hasRelation(s, r.start, r.end)) return true;
    int i = firstToken(s, r.start, r.end);
    if (i >= r.end) return false;
    if (s[i] == '+') return true;
    if (s[i] == '-') return r.leftBlank;
    String cmd = TexChars.commandAt(s, i, r.end);
    return "\\cdot".equals(cmd) || "\\times".equals(cmd);
  }

  /** The first offset that is not space or a spacing command. */
  private static int firstToken(char[] s, int from, int to) {
    int i = TexChars.skipSpace(s, from, to);
    while (i < to && s[i] == '\\') {
      String cmd = TexChars.commandAt(s, i, to);
      String sym = cmd != null ? cmd : new String(s, i, Math.min(2, to - i));
      if (!SPACING.contains(sym)) break;
      i = TexChars.skipSpace(s, i + sym.length(), to);
    }
    return i;
  }

  /** Whether {@code [from, to)} holds a relation at brace depth 0, outside text and environments. */
  static boolean hasRelation(char[] s, int from, int to) {
    int depth = 0;
    int env = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c == '\\') {
        String cmd = TexChars.commandAt(s, i, to);
        if (cmd == null) {
          i++;
          continue;
        }
        if (cmd.equals("\\begin")) env++;
        if (cmd.equals("\\end")) env--;
        if (TEXT_COMMANDS.contains(cmd)) {
          int e = TexChars.argumentEnd(s, i + cmd.length(), to);
          if (e > 0) {
            i = e - 1;
            continue;
          }
        }
        if (depth == 0 && env == 0 && RELATION_COMMANDS.contains(cmd)) return true;
        i += cmd.length() - 1;
        continue;
      }
      if (c == '{') depth++;
      if (c == '}') depth--;
      if (depth == 0 && env == 0 && (c == '=' || c == '<' || c == '>')) return true;
    }
    return false;
  }
}
