package derivcheck.run;

/**
 * One step of a hand derivation with its verdict ({@link #result()}, whose {@code derivation} and {@code step} count
 * from 0 within the file), what it means for the derivation, and where it sits in the document: block and row
 * indices into the {@link derivcheck.doc.MathDocument}, and {@code markAt}, the file offset just after the row (or
 * after inline math) where an annotation belongs.
 */
public record VerifiedStep(Result result, Finding finding, int causeStep, int block, int row, int markAt) {
  /** What a verdict means within its derivation. */
  public enum Finding {
    /** Proved or confirmed. */
    HOLDS,
    /** The first refuted step of its derivation. */
    FIRST_ERROR,
    /** Refuted, after an earlier error, and not explained by it. */
    NEW_ERROR,
    /**
     * Refuted, but only repeats the earlier error: the derivation's first term is related to this step's right side
     * as the chain claims, so this step merely carries the error at {@code causeStep} along.
     */
    FOLLOWS_FROM_ERROR,
    /** Unknown, with the reason (including formulas that cannot be parsed), or an input error. */
    UNKNOWN;

    public boolean isError() {
      return this == FIRST_ERROR || this == NEW_ERROR;
    }
  }
}
