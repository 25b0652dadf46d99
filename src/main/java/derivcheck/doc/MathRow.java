package derivcheck.doc;

/**
 * One row of a math block: the cleaned LaTeX (annotations blanked, {@code &} and {@code \\} removed; same length and
 * line breaks as the file, so parse errors point into the file), its span {@code [start, end)} in the file with
 * surrounding space trimmed, and the prose of an {@code \intertext} written right before it (or "").
 */
public record MathRow(Snippet latex, int start, int end, String proseBefore) {
  public String text() {
    return latex.text();
  }
}
