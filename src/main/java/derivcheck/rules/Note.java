package derivcheck.rules;

import derivcheck.expr.Expr;

/**
 * A remark beside one step, for the reader: words and a formula, {@code let u = 1 + e^{-x}} or
 * {@code multiply by e^{x}}. {@code rhs} may be null (then only {@code lhs} is shown after the words).
 */
public record Note(String words, Expr lhs, Expr rhs) {
  public static final Note NONE = new Note("", null, null);

  public boolean isEmpty() {
    return words.isEmpty() && lhs == null;
  }
}
