package derivcheck.rules;

import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a rule applies in a tree and rewrites there. Two strategies: {@link #everywhere} rewrites every
 * outermost place at once (one rule, applied in parallel, is still one step: "the sum rule, twice"), and
 * {@link #innermost} rewrites the first place in post-order (for rules like combining fractions, which should work
 * from the inside out). Every result passes through {@link Tidy}.
 */
public final class Rewriter {
  private Rewriter() {}

  /** A rewritten tree and the subtrees the rule matched, left to right. */
  public record Application(Expr result, List<Expr> matched) {}

  public static Optional<Application> everywhere(Rule rule, Expr e) {
    var matched = new ArrayList<Expr>();
    Expr out = topDown(rule, e, matched);
    return finish(e, out, matched);
  }

  public static Optional<Application> innermost(Rule rule, Expr e) {
    var matched = new ArrayList<Expr>();
    Expr out = postOrderFirst(rule, e, matched);
    return finish(e, out, matched);
  }

  private static Optional<Application> finish(Expr before, Expr out, List<Expr> matched) {
    if (matched.isEmpty()) return Optional.empty();
    Expr tidy = Tidy.clean(out);
    if (tidy.equals(Tidy.clean(before))) return Optional.empty();
    return Optional.of(new Application(tidy, List.copyOf(matched)));
  }

  private static boolean changes(Optional<Expr> result, Expr before) {
    return result.isPresent() && !Tidy.clean(result.get()).equals(Tidy.clean(before));
  }

  private static Expr topDown(Rule rule, Expr e, List<Expr> matched) {
    Optional<Expr> here = rule.apply(e);
    if (changes(here, e)) {
      matched.add(e);
      return here.get();
    }
    return Exprs.mapChildren(e, c -> topDown(rule, c, matched));
  }

  private static Expr postOrderFirst(Rule rule, Expr e, List<Expr> matched) {
    Expr rebuilt = Exprs.mapChildren(e, c -> matched.isEmpty() ? postOrderFirst(rule, c, matched) : c);
    if (!matched.isEmpty()) return rebuilt;
    Optional<Expr> here = rule.apply(e);
    if (changes(here, e)) {
      matched.add(e);
      return here.get();
    }
    return e;
  }
}
