package derivcheck.doc;

/**
 * Small readers over TeX source held in a {@code char[]}: command names, brace groups, blanking. Blanking replaces
 * characters by spaces but keeps line breaks, so every offset and line:column stays where it was in the file.
 */
final class TexChars {
  private TexChars() {}

  /** The command name at {@code i} ({@code \color}), or null if {@code i} does not start a letter command. */
  static String commandAt(char[] s, int i, int end) {
    if (i >= end || s[i] != '\\' || i + 1 >= end || !Character.isLetter(s[i + 1])) return null;
    int j = i + 1;
    while (j < end && Character.isLetter(s[j])) j++;
    if (j < end && s[j] == '*') j++;
    return new String(s, i, j - i);
  }

  static boolean startsWith(char[] s, int i, int end, String what) {
    if (i + what.length() > end) return false;
    for (int k = 0; k < what.length(); k++) if (s[i + k] != what.charAt(k)) return false;
    return true;
  }

  /** The first offset at or after {@code i} that is not a space, tab or line break. */
  static int skipSpace(char[] s, int i, int end) {
    while (i < end && Character.isWhitespace(s[i])) i++;
    return i;
  }

  /**
   * The offset just after the group that opens at {@code open} ({@code s[open]} is '{' or '['), counting nested
   * braces and skipping escaped characters; -1 if it does not close before {@code end}.
   */
  static int groupEnd(char[] s, int open, int end) {
    char o = s[open];
    char c = o == '[' ? ']' : '}';
    int depth = 0;
    for (int i = open; i < end; i++) {
      char ch = s[i];
      if (ch == '\\') {
        i++;
        continue;
      }
      if (o == '[' && ch == '{') {
        int g = groupEnd(s, i, end);
        if (g < 0) return -1;
        i = g - 1;
        continue;
      }
      if (ch == o) depth++;
      if (ch == c && --depth == 0) return i + 1;
    }
    return -1;
  }

  /** The offset after one argument starting at or after {@code i}: a brace group or a single token; -1 if none. */
  static int argumentEnd(char[] s, int i, int end) {
    int j = skipSpace(s, i, end);
    if (j >= end) return -1;
    if (s[j] == '{') return groupEnd(s, j, end);
    String cmd = commandAt(s, j, end);
    if (cmd != null) return j + cmd.length();
    if (s[j] == '\\') return Math.min(end, j + 2);
    return j + 1;
  }

  /** Replaces {@code [from, to)} by spaces, keeping line breaks. */
  static void blank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) if (s[i] != '\n' && s[i] != '\r') s[i] = ' ';
  }

  /** Whether {@code [from, to)} holds only white space. */
  static boolean isBlank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(s[i])) return false;
    return true;
  }

  /** The name in {@code \begin{name}} or {@code \end{name}} starting at {@code i}, or null. */
  static String environmentAt(char[] s, int i, int end, String keyword) {
    if (!startsWith(s, i, end, keyword)) return null;
    int j = skipSpace(s, i + keyword.length(), end);
    if (j >= end || s[j] != '{') return null;
    int close = groupEnd(s, j, end);
    if (close < 0) return null;
    return new String(s, j + 1, close - j - 2).trim();
  }

  /** The offset just after {@code \begin{name}} or {@code \end{name}} at {@code i}. */
  static int environmentTagEnd(char[] s, int i, int end) {
    int j = i;
    while (j < end && s[j] != '{') j++;
    return groupEnd(s, j, end);
  }
}
