package derivcheck.expr;

import java.util.List;

/** An ellipsis standing for omitted entries: {@code \dots}, {@code \cdots}, {@code \vdots}, {@code \ddots}. */
public record Dots(Kind kind) implements Expr {
  public enum Kind { LOW, CENTER, VERTICAL, DIAGONAL }

  public Dots {
    if (kind == null) throw new IllegalArgumentException("null dots kind");
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
