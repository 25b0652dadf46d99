package derivcheck.doc;

/** Reads a text one character at a time, keeping the 1-based line and column of where it is. */
final class Cursor {
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  Cursor(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  char peek() {
    return text.charAt(pos);
  }

  boolean lookingAt(String s) {
    return text.startsWith(s, pos);
  }

  char next() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  void skip(int n) {
    for (int i = 0; i < n; i++) next();
  }

  Position position() {
    return new Position(line, column);
  }

  int offset() {
    return pos;
  }

  void skipWhitespace() {
    while (!atEnd() && Character.isWhitespace(peek())) next();
  }

  /** Skips a {@code %} comment up to (not including) the end of the line and returns its text after the '%'. */
  String comment() {
    next(); // '%'
    int start = pos;
    while (!atEnd() && peek() != '\n') next();
    return text.substring(start, pos);
  }
}
