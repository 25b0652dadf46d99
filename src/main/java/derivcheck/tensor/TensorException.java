package derivcheck.tensor;

/** Why a vector or matrix expression could not be expanded at some size; the message is for people. */
public class TensorException extends Exception {
  public TensorException(String message) {
    super(message);
  }
}
