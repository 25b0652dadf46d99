package derivcheck.doc;

/** A message about a spot in a source: {@code file:line:column: message}, the line, and a caret under the spot. */
public record Diagnostic(String source, Position position, String message) {
  /** The one-line form. */
  public String headline() {
    return source + ":" + position.line() + ":" + position.column() + ": " + message;
  }

  /** Headline, the offending source line, and a caret under the column (tabs kept so the caret lines up). */
  public String render(String sourceText) {
    String[] lines = sourceText.split("\n", -1);
    int idx = position.line() - 1;
    if (idx < 0 || idx >= lines.length) return headline();
    String line = lines[idx].replace("\r", "");
    var caret = new StringBuilder();
    for (int i = 0; i < position.column() - 1 && i < line.length(); i++) {
      caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return headline() + "\n" + line + "\n" + caret + "^";
  }
}
