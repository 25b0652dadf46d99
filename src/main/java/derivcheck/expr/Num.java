package derivcheck.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** An exact number literal as written: {@code 2}, {@code 0.5}. Fractions are {@link Div} nodes. */
public record Num(BigDecimal value) implements Expr {
  public static final Num ZERO = of(0);
  public static final Num ONE = of(1);
  public static final Num TWO = of(2);

  public Num {
    if (value == null) throw new IllegalArgumentException("null number");
    // 2.50 and 2.5 are the same number; strip so structural equality means numeric equality.
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (value.scale() < 0) value = value.setScale(0);
  }

  public static Num of(long v) {
    return new Num(BigDecimal.valueOf(v));
  }

  public static Num parse(String literal) {
    return new Num(new BigDecimal(literal));
  }

  public boolean isInteger() {
    return value.scale() <= 0;
  }

  public BigInteger intValue() {
    return value.toBigIntegerExact();
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public boolean isOne() {
    return value.compareTo(BigDecimal.ONE) == 0;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
