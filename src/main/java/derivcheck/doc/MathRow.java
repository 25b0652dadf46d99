package derivcheck.doc;

/**
 * One row of a math block: the cleaned LaTeX (annotations blanked, {@code &} and {@code \\} removed; same length and
 * line breaks as the file, so parse errors point into the file), its span {@code [start, end)} in the file with
 * surrounding space trimmed, and the prose of an {@code \intertext} written right before it (or ""). When the row
 * uses the document's macros, the text is expanded and {@code offsets} gives the file offset of each character
 * (null otherwise).
 */
public record MathRow(Snippet latex, int start, int end, String proseBefore, int[] offsets, LineIndex lines) {
  public MathRow(Snippet latex, int start, int end, String proseBefore) {
    this(latex, start, end, proseBefore, null, null);
  }

  public String text() {
    return latex.text();
  }

  /** The file position of a spot given as 1-based line and column within {@link #text()}. */
  public Position positionOf(int line, int column) {
    if (offsets == null) return latex.start().offset(line, column);
    String t = text();
    int index = 0;
    for (int l = 1; l < line && index < t.length(); index++) {
      if (t.charAt(index) == '\n') l++;
    }
    index = Math.min(Math.max(0, index + column - 1), offsets.length - 1);
    return offsets.length == 0 ? latex.start() : lines.at(offsets[index]);
  }

  /** Whether the row has a relation ({@code =}, {@code \le}, ...) outside braces, text and environments. */
  public boolean hasRelation() {
    char[] s = text().toCharArray();
    return RowSplitter.hasRelation(s, 0, s.length);
  }

  /** Whether the row starts with a relation, as a continued line {@code &= ...} does. */
  public boolean startsWithRelation() {
    char[] s = text().toCharArray();
    int i = TexChars.skipSpace(s, 0, s.length);
    if (i >= s.length) return false;
    String cmd = TexChars.commandAt(s, i, s.length);
    if (cmd == null) return s[i] == '=' || s[i] == '<' || s[i] == '>' || (s[i] == ':' && i + 1 < s.length
        && s[i + 1] == '=');
    int end = i + cmd.length();
    return RowSplitter.hasRelation(s, i, end);
  }
}
