package derivcheck.numeric;

/** An expression uses a construct an evaluator cannot handle; the message names the construct in words. */
public class UnsupportedExpressionException extends Exception {
  public UnsupportedExpressionException(String message) {
    super(message);
  }
}
