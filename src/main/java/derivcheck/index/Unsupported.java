package derivcheck.index;

/** The index algebra has no rule for this: the claim is left to the sized check. */
public final class Unsupported extends RuntimeException {
  public Unsupported(String message) {
    super(message, null, false, false);
  }
}
