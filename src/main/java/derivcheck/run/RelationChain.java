package derivcheck.run;

import derivcheck.expr.Relation;

/**
 * What a chain of relations claims between its first and its last term: {@code a = b \le c} claims
 * {@code a \le c}. Mixed directions ({@code \le} then {@code \ge}), {@code \neq} and {@code \approx} claim nothing
 * about the ends: {@link #NONE}.
 */
final class RelationChain {
  /** Marks a chain whose ends are not related. */
  static final Relation NONE = null;

  private RelationChain() {}

  /** The relation between the ends after appending {@code next}; {@code sofar} is null for an empty chain. */
  static Relation then(Relation sofar, Relation next, boolean empty) {
    if (!isComposable(next) || (!empty && sofar == NONE)) return NONE;
    if (empty || sofar == Relation.EQ) return next;
    if (next == Relation.EQ) return sofar;
    boolean up = sofar == Relation.LE || sofar == Relation.LT;
    boolean nextUp = next == Relation.LE || next == Relation.LT;
    if (up != nextUp) return NONE;
    boolean strict = sofar == Relation.LT || sofar == Relation.GT || next == Relation.LT || next == Relation.GT;
    if (up) return strict ? Relation.LT : Relation.LE;
    return strict ? Relation.GT : Relation.GE;
  }

  private static boolean isComposable(Relation r) {
    return r == Relation.EQ || r.isOrder();
  }
}
