package derivcheck.cas;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.Map;

/** A small double evaluator for tests, so that round trips can be compared by value (independent of Symja). */
final class TreeValue {
  private TreeValue() {}

  static double of(Expr e, Map<Expr, Double> env) {
    if (e instanceof Num n) return n.value().doubleValue();
    if (e instanceof Const c) return c.equals(Const.E) ? Math.E : c.equals(Const.PI) ? Math.PI : Double.POSITIVE_INFINITY;
    if (e instanceof Var || e instanceof Indexed) {
      Double v = env.get(e);
      if (v == null) throw new IllegalArgumentException("no value for " + e);
      return v;
    }
    if (e instanceof Neg n) return -of(n.arg(), env);
    if (e instanceof Add a) return a.terms().stream().mapToDouble(t -> of(t, env)).sum();
    if (e instanceof Mul m) return m.factors().stream().mapToDouble(t -> of(t, env)).reduce(1, (x, y) -> x * y);
    if (e instanceof Div d) return of(d.num(), env) / of(d.den(), env);
    if (e instanceof Pow p) return Math.pow(of(p.base(), env), of(p.exp(), env));
    if (e instanceof Abs a) return Math.abs(of(a.arg(), env));
    if (e instanceof Call c && c.primes() == 0) {
      Builtin b = Builtin.byName(c.fn()).orElseThrow();
      var expanded = b.expand(c.args());
      if (expanded.isPresent()) return of(expanded.get(), env);
      double[] x = c.args().stream().mapToDouble(t -> of(t, env)).toArray();
      switch (b) {
        case EXP: return Math.exp(x[0]);
        case LN: return Math.log(x[0]);
        case SIN: return Math.sin(x[0]);
        case COS: return Math.cos(x[0]);
        case TAN: return Math.tan(x[0]);
        case SINH: return Math.sinh(x[0]);
        case COSH: return Math.cosh(x[0]);
        case TANH: return Math.tanh(x[0]);
        case SQRT: return Math.sqrt(x[0]);
        case SIGN: return Math.signum(x[0]);
        case MAX: return java.util.Arrays.stream(x).max().orElseThrow();
        case MIN: return java.util.Arrays.stream(x).min().orElseThrow();
        default: throw new IllegalArgumentException(b.toString());
      }
    }
    throw new IllegalArgumentException("cannot evaluate " + e);
  }
}
