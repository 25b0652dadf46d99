package derivcheck.run;

import derivcheck.check.Step;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps one parsed row states. Step k relates the k-th and (k+1)-th terms; a row that starts with a relation
 * ({@code &= b}) first relates {@code previous}, the last term of the row it continues, to its first term.
 */
final class ChainSteps {
  private ChainSteps() {}

  /**
   * The steps of {@code chain} under {@code conditions}; {@code previous} is needed (not null) exactly when the
   * chain starts with a relation.
   */
  static List<Step> of(Expr previous, Chain chain, List<Chain> conditions, Definitions defs) {
    if (chain.leading() && previous == null) throw new IllegalArgumentException("a leading relation needs a term");
    var terms = new ArrayList<Expr>();
    if (chain.leading()) terms.add(previous);
    terms.addAll(chain.terms());
    var steps = new ArrayList<Step>();
    for (int k = 0; k + 1 < terms.size(); k++) {
      steps.add(new Step(terms.get(k), chain.relations().get(k), terms.get(k + 1), conditions, defs));
    }
    return steps;
  }

  /** A row that starts with a relation, without that relation: its own terms and the relations between them. */
  static Chain withoutLeading(Chain chain) {
    return new Chain(chain.terms(), chain.relations().subList(1, chain.relations().size()), chain.conditions(),
        chain.note());
  }

  /** The chain without its first term and relation: what remains to check after a definition {@code f(x) = ...}. */
  static Chain rest(Chain chain) {
    return new Chain(chain.terms().subList(1, chain.terms().size()),
        chain.relations().subList(1, chain.relations().size()), chain.conditions(), chain.note());
  }
}
