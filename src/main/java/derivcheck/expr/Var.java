package derivcheck.expr;

import java.util.List;

/** A variable, named by its canonical LaTeX: {@code x}, {@code \alpha}, {@code \mathbf{x}}, {@code w^{*}}. */
public record Var(String name) implements Expr {
  public Var {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("empty variable name");
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
