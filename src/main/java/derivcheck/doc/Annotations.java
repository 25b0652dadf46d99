package derivcheck.doc;

import java.util.Set;

/**
 * Removes what students write around their mathematics without changing it: {@code \color{red}{X}},
 * {@code \textcolor{red}{X}}, {@code \cancel{X}}, {@code \boxed{X}} and {@code &#92;underbrace{X}_{...}} become
 * {@code X}; {@code \phantom{...}} and spacing commands disappear; {@code \overset{(a)}{=}} and
 * {@code \stackrel{\text{chain rule}}{=}} become {@code =}, and {@code \overset{\text{def}}{=}} or
 * {@code \triangleq} become {@code :=}. Everything is blanked in place (replaced by spaces), so columns stay right.
 * The braces of a kept group stay when a script follows ({@code \color{red}{a+b}^2}), so its meaning is kept.
 * {@code \label}, {@code \tag} and {@code \nonumber} are left to the parser, which ignores them.
 */
final class Annotations {
  /** Commands with one argument to drop, then a group to keep. */
  private static final Set<String> ARGUMENT_THEN_KEEP = Set.of("\\color", "\\textcolor", "\\cancelto",
      "\\colorbox");
  /** Commands whose group is kept. */
  private static final Set<String> KEEP = Set.of("\\cancel", "\\bcancel", "\\xcancel", "\\boxed", "\\smash",
      "\\mathrlap", "\\mathllap", "\\mathclap", "\\bbox", "\\fbox", "\\hbox", "\\ensuremath", "\\mathchoice");
  /** Commands dropped with their argument. */
  private static final Set<String> DROP_WITH_ARGUMENT = Set.of("\\phantom", "\\hphantom", "\\vphantom", "\\vspace",
      "\\vspace*", "\\hspace", "\\hspace*");
  /** Commands dropped alone. */
  private static final Set<String> DROP = Set.of("\\hfill", "\\mathstrut", "\\strut", "\\allowbreak", "\\nobreak",
      "\\qedhere", "\\displaybreak", "\\medskip", "\\smallskip", "\\bigskip", "\\noindent");
  /** Relations written with an annotation stacked on them. */
  private static final Set<String> STACKED = Set.of("\\overset", "\\stackrel", "\\underset");
  private static final Set<String> RELATIONS = Set.of("=", "<", ">", "\\le", "\\leq", "\\ge", "\\geq", "\\ne",
      "\\neq", "\\approx", "\\leqslant", "\\geqslant", "\\lt", "\\gt");

  private Annotations() {}

  /** Cleans {@code [from, to)} of {@code s} in place. */
  static void clean(char[] s, int from, int to) {
    int i = from;
    while (i < to) {
      if (s[i] != '\\') {
        i++;
        continue;
      }
      String cmd = TexChars.commandAt(s, i, to);
      if (cmd == null) {
        i += 2;
        continue;
      }
      int after = i + cmd.length();
      if (ARGUMENT_THEN_KEEP.contains(cmd)) {
        int argEnd = TexChars.argumentEnd(s, optional(s, after, to), to);
        if (argEnd < 0) return;
        TexChars.blank(s, i, argEnd);
        unwrap(s, argEnd, to);
        i = argEnd;
      } else if (KEEP.contains(cmd)) {
        int start = optional(s, after, to);
        TexChars.blank(s, i, start);
        unwrap(s, start, to);
        i = start;
      } else if (cmd.equals("\\underbrace") || cmd.equals("\\overbrace")) {
        TexChars.blank(s, i, after);
        int open = TexChars.skipSpace(s, after, to);
        int close = open < to && s[open] == '{' ? TexChars.groupEnd(s, open, to) : -1;
        if (close > 0) {
          int script = TexChars.skipSpace(s, close, to);
          if (script < to && (s[script] == '_' || s[script] == '^')) {
            int scriptEnd = TexChars.argumentEnd(s, script + 1, to);
            if (scriptEnd > 0) TexChars.blank(s, script, scriptEnd);
          }
          unwrap(s, open, to);
        }
        i = after;
      } else if (DROP_WITH_ARGUMENT.contains(cmd)) {
        int argEnd = TexChars.argumentEnd(s, after, to);
        if (argEnd < 0) return;
        TexChars.blank(s, i, argEnd);
        i = argEnd;
      } else if (DROP.contains(cmd)) {
        int end = cmd.equals("\\displaybreak") ? optional(s, after, to) : after;
        TexChars.blank(s, i, end);
        i = end;
      } else if (STACKED.contains(cmd)) {
        i = stacked(s, i, after, to);
      } else if (cmd.equals("\\triangleq") || cmd.equals("\\eqqcolon") || cmd.equals("\\eqdef")) {
        TexChars.blank(s, i, after);
        s[i] = ':';
        s[i + 1] = '=';
        i = after;
      } else {
        i = after;
      }
    }
  }

  /** {@code \overset{note}{=}}: keeps the relation, or writes {@code :=} when the note says "def". */
  private static int stacked(char[] s, int i, int after, int to) {
    int noteEnd = TexChars.argumentEnd(s, after, to);
    if (noteEnd < 0) return after;
    int relStart = TexChars.skipSpace(s, noteEnd, to);
    int relEnd = TexChars.argumentEnd(s, noteEnd, to);
    if (relEnd < 0) return after;
    String rel = inner(s, relStart, relEnd);
    if (!RELATIONS.contains(rel)) return after;
    String note = inner(s, after, noteEnd).replaceAll("\\\\(text|mathrm|textrm|mbox)", "")
        .replaceAll("[{}.\\s]", "");
    boolean defines = rel.equals("=") && (note.equalsIgnoreCase("def") || note.equals("\\Delta")
        || note.equals("\\triangle"));
    TexChars.blank(s, i, relEnd);
    if (defines) {
      s[i] = ':';
      s[i + 1] = '=';
    } else {
      rel.getChars(0, rel.length(), s, i); // where the command started: blanks follow, so nothing glues to it
    }
    return relEnd;
  }

  /** The text of an argument without its braces and surrounding space. */
  private static String inner(char[] s, int from, int to) {
    String t = new String(s, from, to - from).trim();
    if (t.startsWith("{") && t.endsWith("}")) t = t.substring(1, t.length() - 1);
    return t.trim();
  }

  /** Skips an optional {@code [...]} argument at or after {@code i}, blanking it; returns where it ends. */
  private static int optional(char[] s, int i, int to) {
    int j = TexChars.skipSpace(s, i, to);
    if (j < to && s[j] == '[') {
      int e = TexChars.groupEnd(s, j, to);
      if (e > 0) {
        TexChars.blank(s, j, e);
        return e;
      }
    }
    return i;
  }

  /** Removes the braces of the group at or after {@code i}, unless a script follows it. */
  private static void unwrap(char[] s, int i, int to) {
    int open = TexChars.skipSpace(s, i, to);
    if (open >= to || s[open] != '{') return;
    int close = TexChars.groupEnd(s, open, to);
    if (close < 0) return;
    int next = TexChars.skipSpace(s, close, to);
    if (next < to && (s[next] == '^' || s[next] == '_' || s[next] == '\'')) return;
    s[open] = ' ';
    s[close - 1] = ' ';
  }
}
