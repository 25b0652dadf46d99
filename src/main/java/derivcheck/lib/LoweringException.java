package derivcheck.lib;

/** A claim cannot be given a meaning: an unknown or ill-used function, a cyclic definition. The message is for people. */
public final class LoweringException extends Exception {
  public LoweringException(String message) {
    super(message);
  }
}
