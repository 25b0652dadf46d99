package derivcheck.rules;

import derivcheck.expr.Expr;
import java.util.Optional;

/**
 * One small, single-purpose rewrite, in the manner of SymPy's {@code fu} rules: an id ({@code quotient},
 * {@code combine-fractions}), one sentence of justification a student would accept, and the rewrite itself.
 *
 * <p>{@link #apply} looks only at the root of the expression it is given; {@link Rewriter} finds the places in a
 * tree where a rule applies. A rule proposes; it never decides: every step it produces is checked by the kernel
 * before it is shown as valid.
 */
public interface Rule {
  /** A short stable name, e.g. {@code chain}, {@code sigma-derivative}, {@code multiply-by-ex}. */
  String id();

  /** One sentence saying why the step holds, e.g. "d/dx (f/g) = (f'g - fg')/g^2". */
  String justification();

  /** The rewritten root, or empty when the rule does not apply here. */
  Optional<Expr> apply(Expr e);

  /** A remark for the reader about one application, such as the chain rule's "let u = 1 + e^{-x}". */
  default Note note(Expr matched) {
    return Note.NONE;
  }
}
