package derivcheck.tensor;

/** Notation the expander cannot give a meaning yet, or a free index without a range: the claim stays undecided. */
public final class NotSupported extends TensorException {
  public NotSupported(String message) {
    super(message);
  }
}
