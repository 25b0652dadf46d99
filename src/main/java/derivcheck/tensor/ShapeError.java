package derivcheck.tensor;

/** Shapes that do not fit: {@code cannot add a vector of length n to a 3x3 matrix}. Bad input, not a false claim. */
public final class ShapeError extends TensorException {
  public ShapeError(String message) {
    super(message);
  }
}
