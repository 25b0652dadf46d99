package derivcheck.expr;

import java.util.List;

/** Words inside a formula that are not mathematics, e.g. the condition {@code \text{otherwise}} of a case. */
public record Text(String text) implements Expr {
  public Text {
    if (text == null) throw new IllegalArgumentException("null text");
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
