package derivcheck.numeric;

import derivcheck.expr.Add;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.Map;

/** Exact integer arithmetic on subscripts and summation bounds: {@code j + 1}, {@code 3}, {@code n - 1}. */
final class IntegerIndex {
  private IntegerIndex() {}

  /** The integer value of {@code e} given the bound summation indices, or null if it is not such a constant. */
  static Long evaluate(Expr e, Map<Var, Long> bound) {
    try {
      return exact(e, bound);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private static Long exact(Expr e, Map<Var, Long> bound) {
    if (e instanceof Num n) {
      return n.isInteger() ? n.value().longValueExact() : null; // throws on overflow
    }
    if (e instanceof Var v) return bound.get(v);
    if (e instanceof Neg n) {
      Long a = exact(n.arg(), bound);
      return a == null ? null : Math.negateExact(a);
    }
    if (e instanceof Add a) {
      long sum = 0;
      for (Expr t : a.terms()) {
        Long v = exact(t, bound);
        if (v == null) return null;
        sum = Math.addExact(sum, v);
      }
      return sum;
    }
    if (e instanceof Mul m) {
      long product = 1;
      for (Expr f : m.factors()) {
        Long v = exact(f, bound);
        if (v == null) return null;
        product = Math.multiplyExact(product, v);
      }
      return product;
    }
    return null;
  }
}
