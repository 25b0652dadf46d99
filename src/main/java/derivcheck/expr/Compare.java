package derivcheck.expr;

import java.util.List;

/**
 * A comparison used inside a formula rather than as a claim: the {@code i=j} of {@code \mathbf{1}_{i=j}}, the
 * {@code k \le K} of {@code \min_{k \le K}}, the {@code x > 1} of a case. {@code terms.size() == relations.size() + 1}.
 */
public record Compare(List<Expr> terms, List<Relation> relations) implements Expr {
  public Compare {
    terms = List.copyOf(terms);
    relations = List.copyOf(relations);
    if (relations.isEmpty() || terms.size() != relations.size() + 1) {
      throw new IllegalArgumentException("a comparison needs one relation between each pair of terms");
    }
  }

  public static Compare of(Expr lhs, Relation rel, Expr rhs) {
    return new Compare(List.of(lhs, rhs), List.of(rel));
  }

  @Override
  public List<Expr> children() {
    return terms;
  }
}
