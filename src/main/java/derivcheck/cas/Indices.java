package derivcheck.cas;

import derivcheck.expr.Add;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Optional;

/** Subscripts: which indexed expressions are plain scalar variables, and under which key. */
final class Indices {
  private Indices() {}

  /**
   * The key of the scalar variable an indexed expression denotes: {@code x_{1+1}} and {@code x_{2}} are the same
   * variable. Only a plain variable may carry subscripts; indices are constant integers or free symbols
   * ({@code x_i} outside a sum is just a variable).
   */
  static Indexed normalize(Indexed i) {
    if (!(i.base() instanceof Var)) {
      throw new CasException("only a variable may carry a subscript here, not " + i.base().getClass().getSimpleName());
    }
    var indices = new ArrayList<Expr>();
    for (Expr index : i.indices()) {
      var k = constantInteger(index);
      if (k.isPresent()) {
        indices.add(new Num(new BigDecimal(k.get())));
      } else if (index instanceof Var) {
        indices.add(index);
      } else {
        throw new CasException("a subscript that is neither a constant integer nor a symbol");
      }
    }
    return new Indexed(i.base(), indices);
  }

  /** The value of an integer expression made of literals, +, - and *; empty otherwise. */
  static Optional<BigInteger> constantInteger(Expr e) {
    if (e instanceof Num n) return n.isInteger() ? Optional.of(n.intValue()) : Optional.empty();
    if (e instanceof Neg n) return constantInteger(n.arg()).map(BigInteger::negate);
    if (e instanceof Add a) {
      BigInteger sum = BigInteger.ZERO;
      for (Expr t : a.terms()) {
        var v = constantInteger(t);
        if (v.isEmpty()) return Optional.empty();
        sum = sum.add(v.get());
      }
      return Optional.of(sum);
    }
    if (e instanceof Mul m) {
      BigInteger product = BigInteger.ONE;
      for (Expr f : m.factors()) {
        var v = constantInteger(f);
        if (v.isEmpty()) return Optional.empty();
        product = product.multiply(v.get());
      }
      return Optional.of(product);
    }
    return Optional.empty();
  }
}
