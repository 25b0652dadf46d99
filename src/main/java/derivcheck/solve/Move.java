package derivcheck.solve;

import derivcheck.expr.Expr;
import derivcheck.rules.Note;
import derivcheck.rules.Rewriter;
import derivcheck.rules.Rule;
import java.util.Optional;
import java.util.function.Function;

/** One way to take a step from an expression: a rule applied at the places a strategy picks. */
interface Move {
  Optional<Candidate> next(Expr e);

  /** The rule at every outermost place it applies. */
  static Move everywhere(Rule rule) {
    return e -> Rewriter.everywhere(rule, e).map(a -> Candidate.of(e, a.result(), rule, note(rule, a)));
  }

  /** The rule at the first place in post-order (inside out). */
  static Move innermost(Rule rule) {
    return e -> Rewriter.innermost(rule, e).map(a -> Candidate.of(e, a.result(), rule, note(rule, a)));
  }

  /** A rule chosen from the expression itself (for example: unfold the first function that has a definition). */
  static Move chosen(Function<Expr, Optional<Rule>> choose) {
    return e -> choose.apply(e).flatMap(r -> everywhere(r).next(e));
  }

  private static Note note(Rule rule, Rewriter.Application a) {
    return a.matched().isEmpty() ? Note.NONE : rule.note(a.matched().get(0));
  }
}
