package derivcheck.tensor;

import derivcheck.expr.Add;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import derivcheck.lib.Build;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves side conditions that are linear equations between vectors or matrices, such as {@code MS = SM} for a matrix
 * of unknowns M: exact Gauss-Jordan elimination over the rationals. The solution expresses some unknowns in terms
 * of the others; putting it into the claim checks the claim on every M that satisfies the condition (the generic
 * solution), which is how "a matrix that commutes with S is circulant" is checked at each size.
 */
final class LinearSystem {
  private LinearSystem() {}

  /** A rational number p/q, q > 0, in lowest terms. */
  private record Q(BigInteger p, BigInteger q) {
    static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
    static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    static Q of(BigInteger p, BigInteger q) {
      if (q.signum() == 0) throw new ArithmeticException("division by zero");
      if (q.signum() < 0) {
        p = p.negate();
        q = q.negate();
      }
      BigInteger g = p.gcd(q);
      if (g.signum() == 0) return ZERO;
      return new Q(p.divide(g), q.divide(g));
    }

    static Q of(BigDecimal d) {
      d = d.stripTrailingZeros();
      if (d.scale() <= 0) return new Q(d.toBigIntegerExact(), BigInteger.ONE);
      return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Q plus(Q o) {
      return of(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q));
    }

    Q times(Q o) {
      return of(p.multiply(o.p), q.multiply(o.q));
    }

    Q over(Q o) {
      return of(p.multiply(o.q), q.multiply(o.p));
    }

    Q negate() {
      return new Q(p.negate(), q);
    }

    boolean isZero() {
      return p.signum() == 0;
    }

    Expr expr() {
      Expr num = Num.of(p.abs().longValueExact());
      Expr v = q.equals(BigInteger.ONE) ? num : new Div(num, Num.of(q.longValueExact()));
      return p.signum() < 0 ? Build.neg(v) : v;
    }
  }

  /** A linear form: coefficients of unknowns plus a constant. */
  private static final class Form {
    final Map<Expr, Q> coef = new LinkedHashMap<>();
    Q constant = Q.ZERO;

    void add(Form o, Q factor) {
      o.coef.forEach((k, v) -> {
        Q sum = coef.getOrDefault(k, Q.ZERO).plus(v.times(factor));
        if (sum.isZero()) coef.remove(k);
        else coef.put(k, sum);
      });
      constant = constant.plus(o.constant.times(factor));
    }

    boolean isConstant() {
      return coef.isEmpty();
    }
  }

  /**
   * Solves {@code lhs_k = rhs_k} for all k. Returns the substitution (unknown to expression) or throws
   * {@link NotSupported} when an equation is not linear; {@link SizeDoesNotFit} when the system has no solution.
   */
  static Map<Expr, Expr> solve(List<Expr> lhs, List<Expr> rhs) throws TensorException {
    var rows = new ArrayList<Form>();
    for (int k = 0; k < lhs.size(); k++) {
      Form f = form(lhs.get(k));
      f.add(form(rhs.get(k)), Q.ONE.negate());
      rows.add(f);
    }
    var solved = new LinkedHashMap<Expr, Form>();
    for (Form row : rows) {
      // put in what is solved so far
      Form r = new Form();
      r.add(row, Q.ONE);
      for (var s : solved.entrySet()) {
        Q c = r.coef.get(s.getKey());
        if (c == null) continue;
        r.coef.remove(s.getKey());
        r.add(s.getValue(), c);
      }
      if (r.isConstant()) {
        if (!r.constant.isZero()) throw new SizeDoesNotFit("the linear condition has no solution");
        continue;
      }
      // pivot: the last unknown of the row, so that earlier ones stay free
      Expr pivot = null;
      for (Expr k : r.coef.keySet()) pivot = k;
      Q c = r.coef.remove(pivot);
      // pivot = -(rest) / c
      Form scaled = new Form();
      scaled.add(r, Q.ONE.negate().over(c));
      for (var s : solved.entrySet()) {
        Q d = s.getValue().coef.get(pivot);
        if (d == null) continue;
        s.getValue().coef.remove(pivot);
        s.getValue().add(scaled, d);
      }
      solved.put(pivot, scaled);
    }
    var out = new LinkedHashMap<Expr, Expr>();
    solved.forEach((k, f) -> out.put(k, expr(f)));
    return out;
  }

  private static Expr expr(Form f) {
    var terms = new ArrayList<Expr>();
    f.coef.forEach((k, v) -> terms.add(Build.mul(v.expr(), k)));
    if (!f.constant.isZero()) terms.add(f.constant.expr());
    return Build.add(terms.toArray(Expr[]::new));
  }

  private static Form form(Expr e) throws NotSupported {
    Form f = new Form();
    if (e instanceof Num n) {
      f.constant = Q.of(n.value());
      return f;
    }
    if (e instanceof Var || e instanceof Indexed) {
      f.coef.put(e, Q.ONE);
      return f;
    }
    if (e instanceof Neg n) {
      Form out = new Form();
      out.add(form(n.arg()), Q.ONE.negate());
      return out;
    }
    if (e instanceof Add a) {
      Form out = new Form();
      for (Expr t : a.terms()) out.add(form(t), Q.ONE);
      return out;
    }
    if (e instanceof Mul m) {
      Form out = new Form();
      out.constant = Q.ONE;
      for (Expr x : m.factors()) {
        Form g = form(x);
        if (g.isConstant()) {
          Form scaled = new Form();
          scaled.add(out, g.constant);
          out = scaled;
        } else if (out.isConstant()) {
          Form scaled = new Form();
          scaled.add(g, out.constant);
          out = scaled;
        } else {
          throw new NotSupported("only linear conditions between vectors or matrices can be solved");
        }
      }
      return out;
    }
    if (e instanceof Div d) {
      Form den = form(d.den());
      if (!den.isConstant() || den.constant.isZero()) {
        throw new NotSupported("only linear conditions between vectors or matrices can be solved");
      }
      Form out = new Form();
      out.add(form(d.num()), Q.ONE.over(den.constant));
      return out;
    }
    throw new NotSupported("only linear conditions between vectors or matrices can be solved");
  }
}
