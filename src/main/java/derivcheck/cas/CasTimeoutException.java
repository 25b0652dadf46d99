package derivcheck.cas;

/** A job ran past its budget; its worker was abandoned. */
final class CasTimeoutException extends RuntimeException {
  CasTimeoutException(String message) {
    super(message, null, false, false);
  }
}
