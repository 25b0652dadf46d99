package derivcheck.expr;

import java.util.List;

/** A product of two or more factors, written with juxtaposition, {@code \cdot} or {@code \times}. */
public record Mul(List<Expr> factors) implements Expr {
  public Mul {
    factors = Exprs.atLeastTwo(factors, "product");
  }

  public static Mul of(Expr... factors) {
    return new Mul(List.of(factors));
  }

  @Override
  public List<Expr> children() {
    return factors;
  }
}
