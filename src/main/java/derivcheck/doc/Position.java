package derivcheck.doc;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
  /**
   * The file position of a spot given relative to a snippet that starts at {@code this}: line 1 of the snippet
   * continues this line; later lines start at column 1.
   */
  public Position offset(int snippetLine, int snippetColumn) {
    return snippetLine <= 1 ? new Position(line, column + snippetColumn - 1)
        : new Position(line + snippetLine - 1, snippetColumn);
  }
}
