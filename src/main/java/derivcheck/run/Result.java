package derivcheck.run;

import derivcheck.check.Verdict;
import derivcheck.doc.Expectation;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;

/**
 * The outcome of one step, where it came from, and what its file expected. {@code derivation} numbers the claims
 * and derivations of a file from 0; {@code step} k relates the k-th and (k+1)-th terms. {@code lhs}, {@code rhs}
 * and {@code relation} are null when the input could not be read; then {@code message} holds the full diagnostic.
 */
public record Result(
    String file,
    int line,
    String id,
    int derivation,
    int step,
    Expr lhs,
    Relation relation,
    Expr rhs,
    Verdict verdict,
    Expectation expected,
    String message) {

  /** {@code file:line}, or just {@code <arg>} for a claim given on the command line. */
  public String source() {
    return file.startsWith("<") ? file : file + ":" + line;
  }

  /** Whether the verdict is what the file expected. */
  public boolean asExpected() {
    Verdict.Kind k = verdict.kind();
    switch (expected) {
      case HOLDS: return k.holds();
      case PROVED: return k == Verdict.Kind.PROVED;
      case FALSE: return k == Verdict.Kind.REFUTED;
      default: return false;
    }
  }
}
