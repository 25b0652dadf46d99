package derivcheck.expr;

import java.util.List;

/**
 * A binary operator derivcheck reads but does not compute with: membership {@code x \in S}, maps
 * {@code f : A \to B} and {@code x \mapsto y}, {@code \propto}, composition {@code h \circ g}, the star
 * (convolution) {@code \mathbf{x} * \mathbf{w}}, the full convolution {@code \tilde{*}}, the circular one
 * {@code \circledast}, {@code a \bmod n}, the elementwise product {@code \odot},
 * {@code \otimes} and the update {@code \theta \leftarrow \theta - \eta g}.
 */
public record Infix(Op op, Expr lhs, Expr rhs) implements Expr {
  public enum Op {
    IN("\\in"), NOTIN("\\notin"), SUBSET("\\subset"), SUBSETEQ("\\subseteq"), TO("\\to"), MAPSTO("\\mapsto"),
    COLON(":"), PROPTO("\\propto"), COMPOSE("\\circ"), STAR("*"), FULL_STAR("\\tilde{*}"), CIRCULAR_STAR("\\circledast"), MOD("\\bmod"), HADAMARD("\\odot"),
    OTIMES("\\otimes"), ASSIGN("\\leftarrow");

    private final String latex;

    Op(String latex) {
      this.latex = latex;
    }

    public String latex() {
      return latex;
    }
  }

  public Infix {
    if (op == null) throw new IllegalArgumentException("null operator");
    Exprs.requireNonNull(lhs);
    Exprs.requireNonNull(rhs);
  }

  @Override
  public List<Expr> children() {
    return List.of(lhs, rhs);
  }
}
