package derivcheck.run;

import derivcheck.doc.MathDocument;
import java.util.List;

/** The outcome of verifying one document: the document as read, and every step found in it, in order. */
public record Verification(String file, MathDocument document, List<VerifiedStep> steps) {
  public Verification {
    steps = List.copyOf(steps);
  }

  /** How many derivations (chains with at least one step) the document has. */
  public int derivations() {
    return (int) steps.stream().map(s -> s.result().derivation()).distinct().count();
  }
}
