package derivcheck.parse;

/**
 * A formula that could not be read, with a position (1-based line and column in the parsed string) and a reason in
 * words, e.g. {@code expected an expression after '+'}.
 */
public final class ParseError extends Exception {
  private final int line;
  private final int column;
  private final String reason;

  public ParseError(int line, int column, String reason) {
    super(line + ":" + column + ": " + reason);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }

  /**
   * The same error for a formula that starts at ({@code firstLine}, {@code firstColumn}) of a larger document, so that
   * positions point into the document.
   */
  public ParseError relocate(int firstLine, int firstColumn) {
    int col = line == 1 ? column + firstColumn - 1 : column;
    return new ParseError(line + firstLine - 1, col, reason);
  }

  /**
   * {@code sourceName:line:column: reason}, then the offending source line, then a caret under the column.
   * {@code sourceText} is the text the positions refer to.
   */
  public String render(String sourceName, String sourceText) {
    String[] lines = sourceText.split("\r?\n", -1);
    String src = line >= 1 && line <= lines.length ? lines[line - 1] : "";
    var caret = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      caret.append(i < src.length() && src.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append('^');
    return sourceName + ":" + line + ":" + column + ": " + reason + "\n" + src + "\n" + caret;
  }
}
