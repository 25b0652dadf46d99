package derivcheck.run;

import derivcheck.check.Kernel;
import derivcheck.doc.DocKind;
import derivcheck.doc.MathDocument;
import derivcheck.lib.Definitions;
import java.time.Duration;
import java.util.List;

/**
 * Checks a hand-written document ({@code .tex} or {@code .md}) step by step. The document is read into math blocks
 * and rows ({@link MathDocument}); rows are joined into derivations by these rules:
 * <ol>
 *   <li>A row that starts with a relation ({@code &= ...}, or a display that starts with {@code =}) continues the
 *       chain above it: the previous row, or the last display before it, unless a heading or {@code \item} lies
 *       between them.</li>
 *   <li>A display whose left side is the last term of the chain above continues it.</li>
 *   <li>A display whose left side restates the first term of the chain above continues it when a continuation cue
 *       ("which gives", "Final result:", ...) stands right before it and its side conditions, if any, are the same:
 *       its first step relates the chain's last term to its right side.</li>
 *   <li>Anything else starts a new derivation; inline math is never continued and does not interrupt a chain.</li>
 * </ol>
 * Definitions follow {@link DefinitionRule} and are in force from where they appear; a constant defined in a
 * section ({@code Let n = 32}) is forgotten at the next heading. After a recall cue ("Recall", "since", "note
 * that", ...) a formula for a name that already has a meaning is a claim about it, not a new definition
 * ({@link Cues}). Declarations ({@code \mathbf{z} \in \mathbb{R}^K}) are read. Index shorthand ({@code S_i},
 * {@code x_j}, {@code \delta_{ij}}) and functions defined by components are written out by {@link IndexNotation}
 * and checked at several sizes; a name the document only differentiates ({@code g_1 = \partial L/\partial y_1})
 * is checked with random smooth stand-ins ({@link StandIns}). Side conditions accumulate along a chain. Each step
 * goes to the {@link Kernel}; a row that cannot be parsed gives an unknown step and the rest is still checked.
 */
public final class Verifier {
  private final Kernel kernel;
  private final Kernel numeric;
  private final Definitions base;
  private final Duration proofBudget;

  /** A verifier that waits for every symbolic proof (each still limited by the kernel's own time limit). */
  public Verifier(Kernel kernel, Definitions base) {
    this(kernel, base, null);
  }

  /**
   * A verifier that keeps symbolic proofs from slowing a long document down: proofs run alongside the numeric checks
   * (at most a few at a time; a step that finds the CAS busy is checked numerically only), and once the numeric
   * checks are done, derivcheck waits for the proofs still under way as long as one finishes at least every
   * {@code proofBudget}; after that those steps are decided by their numeric check alone (confirmed rather than
   * proved). Which steps are proved then depends on the machine's speed; refutations never do. Null means no limit:
   * every step waits for its proof.
   */
  public Verifier(Kernel kernel, Definitions base, Duration proofBudget) {
    this.kernel = kernel;
    this.numeric = new Kernel(kernel.options().withSymbolic(false));
    this.base = base;
    this.proofBudget = proofBudget;
  }

  public Verification verify(String file, String text, DocKind kind) {
    MathDocument doc = MathDocument.read(text, kind);
    var scheduler = new StepScheduler(kernel, numeric, proofBudget);
    List<DocumentWalk.Pending> steps = DocumentWalk.walk(file, doc, base, scheduler);
    return new Verification(file, doc, Findings.of(steps, kernel, numeric, scheduler.deadline()));
  }
}
