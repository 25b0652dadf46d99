package derivcheck.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own macros, so its formulas read as the author sees them: {@code \newcommand{\R}{\mathbb{R}}},
 * {@code \renewcommand}, {@code \providecommand}, {@code \def\bx{\mathbf{x}}} (without parameters), macros with
 * arguments ({@code \newcommand{\norm}[1]{\left\|#1\right\|}}), and {@code \DeclareMathOperator{\softmax}{softmax}}
 * (as {@code \operatorname{softmax}}). They are collected from the whole file (preamble included; in Markdown also
 * from math cells such as {@code $\newcommand{\R}{\mathbb{R}}$}) and expanded in each row; the expanded text keeps,
 * for every character, the file offset it came from, so messages still point into the file.
 */
final class Macros {
  private static final Pattern NEWCOMMAND = Pattern.compile(
      "\\\\(?:re|provide)?newcommand\\*?\\s*\\{?\\s*\\\\([a-zA-Z]+)\\s*\\}?\\s*(?:\\[(\\d)\\])?\\s*(\\[[^\\]]*\\])?\\s*\\{");
  private static final Pattern DEF = Pattern.compile("\\\\def\\s*\\\\([a-zA-Z]+)\\s*\\{");
  private static final Pattern OPERATOR = Pattern.compile(
      "\\\\DeclareMathOperator\\*?\\s*\\{?\\s*\\\\([a-zA-Z]+)\\s*\\}?\\s*\\{([^{}]*)\\}");
  private static final int MAX_DEPTH = 10;

  private record Macro(int arguments, String body) {}

  /** Text with, for each of its characters, the file offset it stands for. */
  record Expanded(String text, int[] offsets) {}

  private final Map<String, Macro> macros;

  private Macros(Map<String, Macro> macros) {
    this.macros = macros;
  }

  boolean isEmpty() {
    return macros.isEmpty();
  }

  /** The macros defined in {@code text} (with TeX comments already blanked for a .tex file). */
  static Macros collect(String text) {
    var found = new HashMap<String, Macro>();
    char[] s = text.toCharArray();
    Matcher m = NEWCOMMAND.matcher(text);
    while (m.find()) {
      int end = TexChars.groupEnd(s, m.end() - 1, s.length);
      if (end < 0) continue;
      int args = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      found.put("\\" + m.group(1), new Macro(args, text.substring(m.end(), end - 1)));
    }
    m = DEF.matcher(text);
    while (m.find()) {
      int end = TexChars.groupEnd(s, m.end() - 1, s.length);
      if (end > 0) found.put("\\" + m.group(1), new Macro(0, text.substring(m.end(), end - 1)));
    }
    m = OPERATOR.matcher(text);
    while (m.find()) found.put("\\" + m.group(1), new Macro(0, "\\operatorname{" + m.group(2).trim() + "}"));
    return new Macros(found);
  }

  /** Expands the macros in {@code text}, which starts at file offset {@code start}; null if none occurs. */
  Expanded expand(String text, int start) {
    if (macros.isEmpty()) return null;
    int[] offsets = new int[text.length()];
    for (int i = 0; i < offsets.length; i++) offsets[i] = start + i;
    var current = new Expanded(text, offsets);
    boolean changed = false;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Expanded next = once(current);
      if (next == null) break;
      current = next;
      changed = true;
    }
    return changed ? current : null;
  }

  /** One pass: every macro call replaced by its body; null if there was none. */
  private Expanded once(Expanded in) {
    String t = in.text();
    char[] s = t.toCharArray();
    var out = new StringBuilder();
    var map = new ArrayList<Integer>();
    boolean any = false;
    int i = 0;
    while (i < s.length) {
      String cmd = s[i] == '\\' ? TexChars.commandAt(s, i, s.length) : null;
      Macro macro = cmd == null ? null : macros.get(cmd.endsWith("*") ? cmd.substring(0, cmd.length() - 1) : cmd);
      if (macro == null) {
        int step = s[i] == '\\' && cmd == null && i + 1 < s.length ? 2 : cmd != null ? cmd.length() : 1;
        for (int k = 0; k < step; k++) {
          out.append(s[i + k]);
          map.add(in.offsets()[i + k]);
        }
        i += step;
        continue;
      }
      String name = cmd.endsWith("*") ? cmd.substring(0, cmd.length() - 1) : cmd;
      int at = i + name.length();
      List<int[]> args = new ArrayList<>();
      for (int a = 0; a < macro.arguments(); a++) {
        int from = TexChars.skipSpace(s, at, s.length);
        int to = TexChars.argumentEnd(s, at, s.length);
        if (to < 0) break;
        boolean braced = from < s.length && s[from] == '{';
        args.add(new int[] {braced ? from + 1 : from, braced ? to - 1 : to});
        at = to;
      }
      if (args.size() < macro.arguments()) {
        out.append(s[i]);
        map.add(in.offsets()[i]);
        i++;
        continue;
      }
      any = true;
      int origin = in.offsets()[i];
      String body = macro.body();
      for (int b = 0; b < body.length(); b++) {
        char c = body.charAt(b);
        if (c == '#' && b + 1 < body.length() && Character.isDigit(body.charAt(b + 1))) {
          int n = body.charAt(b + 1) - '1';
          if (n >= 0 && n < args.size()) {
            int[] a = args.get(n);
            for (int k = a[0]; k < a[1]; k++) {
              out.append(s[k]);
              map.add(in.offsets()[k]);
            }
          }
          b++;
          continue;
        }
        out.append(c);
        map.add(origin);
      }
      // A macro name glued to a letter would change the command it forms: "\bx y" must not become "\mathbf{x}y".
      if (at < s.length && Character.isLetter(s[at]) && !body.isEmpty()
          && Character.isLetter(body.charAt(body.length() - 1))) {
        out.append(' ');
        map.add(origin);
      }
      i = at;
    }
    if (!any) return null;
    int[] offsets = new int[map.size()];
    for (int k = 0; k < offsets.length; k++) offsets[k] = map.get(k);
    return new Expanded(out.toString(), offsets);
  }
}
