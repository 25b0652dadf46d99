package derivcheck.tensor;

import derivcheck.expr.Expr;
import java.math.BigDecimal;
import java.util.Optional;

/** The exact value of an expression made of numbers and + - * / (a size, a count of parameters), if it is one. */
public final class Exact {
  private Exact() {}

  /** Empty unless the value is exact: divisions that do not terminate in decimals are not. */
  public static Optional<BigDecimal> value(Expr e) {
    BigDecimal v = IntEval.exact(e);
    if (v == null) return Optional.empty();
    if (v.scale() > 20) return Optional.empty(); // IntEval marks non-terminating quotients with a tail digit
    return Optional.of(v);
  }
}
