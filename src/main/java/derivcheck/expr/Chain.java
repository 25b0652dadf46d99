package derivcheck.expr;

import java.util.List;

/**
 * A relation chain {@code t0 r0 t1 r1 t2 ...}, e.g. {@code a = b = c \le d}.
 *
 * <p>A row of an {@code align} environment may start with a relation ({@code &= b}); then {@link #leading()} is true,
 * {@code relations.size() == terms.size()} and the first relation links to the previous row's last term. Otherwise
 * {@code relations.size() == terms.size() - 1}. {@code conditions} are side conditions written beside the chain
 * ({@code \quad \text{for } x > 0}); {@code note} is annotation text such as {@code (chain rule)}, or empty.
 */
public record Chain(List<Expr> terms, List<Relation> relations, List<Chain> conditions, String note) {
  public Chain {
    terms = List.copyOf(terms);
    relations = List.copyOf(relations);
    conditions = List.copyOf(conditions);
    note = note == null ? "" : note;
    int gap = terms.size() - relations.size();
    if (terms.isEmpty() || (gap != 0 && gap != 1)) {
      throw new IllegalArgumentException("a chain needs one relation between each pair of terms");
    }
  }

  public static Chain of(Expr lhs, Relation rel, Expr rhs) {
    return new Chain(List.of(lhs, rhs), List.of(rel), List.of(), "");
  }

  public static Chain single(Expr e) {
    return new Chain(List.of(e), List.of(), List.of(), "");
  }

  public boolean leading() {
    return relations.size() == terms.size();
  }
}
