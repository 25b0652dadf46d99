package derivcheck.cas;

/** Something the adapter cannot express in Symja, or a Symja result it cannot express in our tree. */
public final class CasException extends RuntimeException {
  public CasException(String message) {
    super(message);
  }

  public CasException(String message, Throwable cause) {
    super(message, cause);
  }
}
