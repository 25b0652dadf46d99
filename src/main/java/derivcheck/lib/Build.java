package derivcheck.lib;

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
 * Smart constructors that fold the trivial cases (adding 0, multiplying by 1 or 0, a power 1), so generated
 * derivatives stay small. They never do anything that changes a value where it is defined.
 */
public final class Build {
  private Build() {}

  public static Expr add(Expr... terms) {
    var out = new ArrayList<Expr>();
    for (Expr t : terms) {
      if (t instanceof Num n && n.isZero()) continue;
      if (t instanceof Add a) out.addAll(a.terms());
      else out.add(t);
    }
    return Exprs.sum(out);
  }

  public static Expr sub(Expr a, Expr b) {
    return add(a, neg(b));
  }

  public static Expr neg(Expr a) {
    if (a instanceof Num n && n.isZero()) return a;
    if (a instanceof Neg n) return n.arg();
    return new Neg(a);
  }

  public static Expr mul(Expr... factors) {
    return mul(List.of(factors));
  }

  public static Expr mul(List<Expr> factors) {
    var out = new ArrayList<Expr>();
    boolean negative = false;
    for (Expr f : factors) {
      if (f instanceof Num n && n.isZero()) return Num.ZERO;
      if (f instanceof Num n && n.isOne()) continue;
      if (f instanceof Neg n) {
        negative = !negative;
        f = n.arg();
      }
      if (f instanceof Mul m) out.addAll(m.factors());
      else out.add(f);
    }
    Expr p = Exprs.product(out);
    return negative ? neg(p) : p;
  }

  public static Expr div(Expr a, Expr b) {
    if (b instanceof Num n && n.isOne()) return a;
    if (a instanceof Num n && n.isZero()) return a;
    return new Div(a, b);
  }

  public static Expr pow(Expr base, Expr exp) {
    if (exp instanceof Num n && n.isOne()) return base;
    if (exp instanceof Num n && n.isZero()) return Num.ONE;
    return new Pow(base, exp);
  }

  public static Expr num(long v) {
    return v < 0 ? new Neg(Num.of(-v)) : Num.of(v);
  }
}
