package derivcheck.rules;

import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** An exact fraction, for folding numbers in rules: {@code 1/2 * 2 = 1}, {@code 0.5 = 1/2}. Always reduced. */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
  public static final Rational ZERO = of(0);
  public static final Rational ONE = of(1);

  public Rational {
    if (den.signum() == 0) throw new ArithmeticException("zero denominator");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) den = BigInteger.ONE;
  }

  public static Rational of(long n) {
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Rational of(BigDecimal d) {
    return d.scale() <= 0
        ? new Rational(d.toBigIntegerExact(), BigInteger.ONE)
        : new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** The value of a number literal, a negated one, or a fraction of them; empty for anything else. */
  public static Optional<Rational> valueOf(Expr e) {
    if (e instanceof Num n) return Optional.of(of(n.value()));
    if (e instanceof Neg n) return valueOf(n.arg()).map(Rational::negate);
    if (e instanceof Div d) {
      var a = valueOf(d.num());
      var b = valueOf(d.den());
      if (a.isPresent() && b.isPresent() && !b.get().isZero()) return Optional.of(a.get().divide(b.get()));
    }
    return Optional.empty();
  }

  public boolean isZero() {
    return num.signum() == 0;
  }

  public boolean isOne() {
    return num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  public int signum() {
    return num.signum();
  }

  public Rational add(Rational o) {
    return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rational multiply(Rational o) {
    return new Rational(num.multiply(o.num), den.multiply(o.den));
  }

  public Rational divide(Rational o) {
    return new Rational(num.multiply(o.den), den.multiply(o.num));
  }

  public Rational negate() {
    return new Rational(num.negate(), den);
  }

  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** This number as a tree: {@code 2}, {@code -3} as {@code Neg[3]}, {@code 1/2} as {@code Div[1, 2]}. */
  public Expr toExpr() {
    if (signum() < 0) return new Neg(negate().toExpr());
    Expr n = new Num(new BigDecimal(num));
    return isInteger() ? n : new Div(n, new Num(new BigDecimal(den)));
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
