package derivcheck.expr;

import java.util.List;

/** The argument slot {@code \cdot} in {@code f(\cdot)} or {@code \|\cdot\|_1}: "any argument". */
public record Placeholder() implements Expr {
  @Override
  public List<Expr> children() {
    return List.of();
  }
}
