package derivcheck.expr;

import java.util.List;

/** A norm {@code \|arg\|}, or {@code \|arg\|_p} when {@code p} is not null. */
public record Norm(Expr arg, Expr p) implements Expr {
  public Norm {
    Exprs.requireNonNull(arg);
  }

  @Override
  public List<Expr> children() {
    return p == null ? List.of(arg) : List.of(arg, p);
  }
}
