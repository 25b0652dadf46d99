package derivcheck.doc;

/** A malformed problem or proof file: one message, at one place. */
public final class DocError extends Exception {
  private final Position position;

  public DocError(String message, Position position) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
