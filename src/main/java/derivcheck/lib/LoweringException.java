package derivcheck.lib;

/** A claim cannot be given a meaning: an unknown or ill-used function, a cyclic definition. The message is for people. */
public final class LoweringException extends Exception {
  private final boolean unsettled;

  public LoweringException(String message) {
    this(message, false);
  }

  /**
   * {@code unsettled}: the notation is fine but the document does not settle what it means (the variable of a prime
   * on a quantity of two variables); the step is then unknown rather than an error.
   */
  public LoweringException(String message, boolean unsettled) {
    super(message);
    this.unsettled = unsettled;
  }

  public boolean unsettled() {
    return unsettled;
  }
}
