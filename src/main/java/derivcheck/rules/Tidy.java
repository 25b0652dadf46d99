package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import java.util.ArrayList;
import java.util.List;

/**
 * Notation clean-up after every rule, never a step of its own: flattens nested sums and products, drops zero terms
 * and unit factors, writes a product with a negative factor as a negated product, puts numbers first in a product,
 * and moves a minus sign out of a fraction. A reader does these without noticing; none of them folds numbers
 * together (that is the {@code arithmetic} rule, which shows as a step).
 */
public final class Tidy {
  private Tidy() {}

  public static Expr clean(Expr e) {
    return Exprs.transform(e, Tidy::node);
  }

  private static Expr node(Expr e) {
    if (e instanceof Add a) return add(a.terms());
    if (e instanceof Mul m) return mul(m.factors());
    if (e instanceof Neg n) return neg(n.arg());
    if (e instanceof Div d) return div(d.num(), d.den());
    if (e instanceof Pow p) return pow(p.base(), p.exp());
    return e;
  }

  static Expr add(List<Expr> terms) {
    var out = new ArrayList<Expr>();
    for (Expr t : terms) {
      if (isZero(t)) continue;
      if (t instanceof Add a) out.addAll(a.terms());
      else out.add(t);
    }
    return Exprs.sum(out);
  }

  static Expr mul(List<Expr> factors) {
    var numbers = new ArrayList<Expr>();
    var others = new ArrayList<Expr>();
    boolean negative = false;
    var queue = new ArrayList<>(factors);
    for (int i = 0; i < queue.size(); i++) {
      Expr f = queue.get(i);
      while (f instanceof Neg n) {
        negative = !negative;
        f = n.arg();
      }
      if (isZero(f)) return new Num(java.math.BigDecimal.ZERO);
      if (f instanceof Num n && n.isOne()) continue;
      if (f instanceof Mul m) {
        queue.addAll(i + 1, m.factors());
        continue;
      }
      if (Rational.valueOf(f).isPresent()) numbers.add(f);
      else others.add(f);
    }
    var all = new ArrayList<Expr>(numbers);
    all.addAll(others);
    Expr p = Exprs.product(all);
    return negative ? neg(p) : p;
  }

  static Expr neg(Expr a) {
    if (a instanceof Neg n) return n.arg();
    if (isZero(a)) return a;
    return new Neg(a);
  }

  static Expr div(Expr num, Expr den) {
    if (den instanceof Num n && n.isOne()) return num;
    if (isZero(num)) return num;
    if (num instanceof Neg n) return neg(div(n.arg(), den));
    if (den instanceof Neg n) return neg(div(num, n.arg()));
    return new Div(num, den);
  }

  static Expr pow(Expr base, Expr exp) {
    if (exp instanceof Num n && n.isOne()) return base;
    return new Pow(base, exp);
  }

  static boolean isZero(Expr e) {
    return e instanceof Num n && n.isZero();
  }
}
