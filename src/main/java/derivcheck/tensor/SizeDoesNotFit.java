package derivcheck.tensor;

/**
 * The claim makes no sense at this particular size, though it may at others: {@code [0, y_1, \dots, y_{K-1}]} at
 * K = 1, a valid convolution with a kernel longer than its input. The size is skipped and the detail says so.
 */
public final class SizeDoesNotFit extends TensorException {
  public SizeDoesNotFit(String message) {
    super(message);
  }
}
