package derivcheck.numeric;

/** Internal signal: the expression being evaluated has no value (or none we can compute) at the point. */
final class UndefinedValueException extends RuntimeException {
  final PreciseValue.Reason reason;

  UndefinedValueException(PreciseValue.Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  PreciseValue.Undefined toValue() {
    return new PreciseValue.Undefined(reason, getMessage());
  }
}
