package derivcheck.numeric;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles an expression tree once into a tree of closures over a {@code double[]} point, so that evaluating it at
 * many points costs no tree walking, no map lookups and no allocation. Subtrees without variables are folded to a
 * constant at compile time.
 *
 * <p>Semantics (shared with {@link PreciseEvaluator}): real arithmetic; {@code ln} of a non-positive number, {@code
 * sqrt} of a negative number and a negative base with a non-integer exponent give NaN; division by zero gives an
 * infinity or NaN. Any non-finite result means "no value at this point". {@code \infty} is +infinity. Derivative
 * operators, primed calls and unknown functions are rejected: the kernel lowers them symbolically first.
 */
public final class DoubleCompiler {
  /** Integer exponents up to this size are computed by repeated multiplication instead of {@link Math#pow}. */
  static final int MAX_MULTIPLIED_EXPONENT = 32;
  /** A big operator with more terms than this is rejected rather than unrolled. */
  static final long MAX_UNROLLED_TERMS = 10_000;

  private static final double[] NO_POINT = new double[0];

  private final Map<Expr, Integer> slots = new HashMap<>();

  private DoubleCompiler(List<Expr> variables) {
    for (int k = 0; k < variables.size(); k++) {
      Expr v = variables.get(k);
      if (!VariableKey.isVariable(v)) {
        throw new IllegalArgumentException("not a variable: " + Describe.brief(v));
      }
      if (slots.putIfAbsent(VariableKey.of(v, Map.of()), k) != null) {
        throw new IllegalArgumentException("variable listed twice: " + Describe.brief(v));
      }
    }
  }

  /**
   * Compiles {@code e}; {@code variables.get(k)} (a {@link Var}, or an {@link Indexed} variable such as {@code x_1})
   * is read from {@code point[k]}.
   */
  public static CompiledExpr compile(Expr e, List<Expr> variables) throws UnsupportedExpressionException {
    return new DoubleCompiler(variables).node(e, Map.of());
  }

  /** A compiled constant; lets parents fold. */
  record Constant(double value) implements CompiledExpr {
    @Override
    public double eval(double[] point) {
      return value;
    }
  }

  private CompiledExpr node(Expr e, Map<Var, Long> bound) throws UnsupportedExpressionException {
    if (e instanceof Num n) return new Constant(n.value().doubleValue());
    if (e instanceof Const c) return constant(c);
    if (e instanceof Var v) {
      Long index = bound.get(v);
      return index != null ? new Constant(index) : variable(v, bound);
    }
    if (e instanceof Indexed i) return variable(i, bound);
    if (e instanceof Neg n) {
      CompiledExpr a = node(n.arg(), bound);
      return fold(p -> -a.eval(p), a);
    }
    if (e instanceof Add a) return sum(nodes(a.terms(), bound));
    if (e instanceof Mul m) return product(nodes(m.factors(), bound));
    if (e instanceof Div d) return quotient(node(d.num(), bound), node(d.den(), bound));
    if (e instanceof Pow p) return power(p, bound);
    if (e instanceof Abs a) {
      CompiledExpr x = node(a.arg(), bound);
      return fold(p -> Math.abs(x.eval(p)), x);
    }
    if (e instanceof derivcheck.expr.Floor f) {
      CompiledExpr x = node(f.arg(), bound);
      return fold(p -> Math.floor(x.eval(p)), x);
    }
    if (e instanceof derivcheck.expr.Ceil c) {
      CompiledExpr x = node(c.arg(), bound);
      return fold(p -> Math.ceil(x.eval(p)), x);
    }
    if (e instanceof Call c) return call(c, bound);
    if (e instanceof BigOp b) return bigOp(b, bound);
    if (e instanceof Deriv d) {
      throw new UnsupportedExpressionException(Describe.brief(d)
          + " cannot be evaluated in double precision; differentiate it symbolically first");
    }
    throw Exprs.unknownNode(e);
  }

  private List<CompiledExpr> nodes(List<Expr> exprs, Map<Var, Long> bound) throws UnsupportedExpressionException {
    var out = new ArrayList<CompiledExpr>(exprs.size());
    for (Expr x : exprs) out.add(node(x, bound));
    return out;
  }

  private static CompiledExpr constant(Const c) {
    if (c.kind() == Const.Kind.E) return new Constant(Math.E);
    if (c.kind() == Const.Kind.PI) return new Constant(Math.PI);
    return new Constant(Double.POSITIVE_INFINITY);
  }

  private CompiledExpr variable(Expr v, Map<Var, Long> bound) throws UnsupportedExpressionException {
    Integer slot = slots.get(VariableKey.of(v, bound));
    if (slot == null) {
      throw new UnsupportedExpressionException("the variable " + Describe.brief(VariableKey.of(v, bound))
          + " has no value: it is not among the sampled variables");
    }
    int k = slot;
    return p -> p[k];
  }

  /** {@code compiled} itself, or its value if every child is constant. */
  private static CompiledExpr fold(CompiledExpr compiled, CompiledExpr... children) {
    for (CompiledExpr c : children) {
      if (!(c instanceof Constant)) return compiled;
    }
    return new Constant(compiled.eval(NO_POINT));
  }

  static CompiledExpr sum(List<CompiledExpr> terms) {
    double constant = 0;
    boolean anyConstant = false;
    var rest = new ArrayList<CompiledExpr>();
    for (CompiledExpr t : terms) {
      if (t instanceof Constant c) {
        constant += c.value();
        anyConstant = true;
      } else {
        rest.add(t);
      }
    }
    if (rest.isEmpty()) return new Constant(constant);
    if (anyConstant && constant != 0) rest.add(new Constant(constant));
    if (rest.size() == 1) return rest.get(0);
    if (rest.size() == 2) {
      CompiledExpr a = rest.get(0);
      CompiledExpr b = rest.get(1);
      if (b instanceof Constant c) {
        double k = c.value();
        return p -> a.eval(p) + k;
      }
      return p -> a.eval(p) + b.eval(p);
    }
    if (rest.size() == 3) {
      CompiledExpr a = rest.get(0);
      CompiledExpr b = rest.get(1);
      CompiledExpr c = rest.get(2);
      return p -> a.eval(p) + b.eval(p) + c.eval(p);
    }
    CompiledExpr[] all = rest.toArray(new CompiledExpr[0]);
    return p -> {
      double s = 0;
      for (CompiledExpr t : all) s += t.eval(p);
      return s;
    };
  }

  static CompiledExpr product(List<CompiledExpr> factors) {
    double constant = 1;
    var rest = new ArrayList<CompiledExpr>();
    for (CompiledExpr f : factors) {
      if (f instanceof Constant c) {
        constant *= c.value();
      } else {
        rest.add(f);
      }
    }
    if (rest.isEmpty()) return new Constant(constant);
    if (constant != 1) rest.add(0, new Constant(constant));
    if (rest.size() == 1) return rest.get(0);
    if (rest.size() == 2) {
      CompiledExpr a = rest.get(0);
      CompiledExpr b = rest.get(1);
      if (a instanceof Constant c) {
        double k = c.value();
        return p -> k * b.eval(p);
      }
      return p -> a.eval(p) * b.eval(p);
    }
    if (rest.size() == 3) {
      CompiledExpr a = rest.get(0);
      CompiledExpr b = rest.get(1);
      CompiledExpr c = rest.get(2);
      return p -> a.eval(p) * b.eval(p) * c.eval(p);
    }
    CompiledExpr[] all = rest.toArray(new CompiledExpr[0]);
    return p -> {
      double s = 1;
      for (CompiledExpr t : all) s *= t.eval(p);
      return s;
    };
  }

  private static CompiledExpr quotient(CompiledExpr a, CompiledExpr b) {
    if (b instanceof Constant c && !(a instanceof Constant)) {
      double k = c.value();
      return p -> a.eval(p) / k;
    }
    if (a instanceof Constant c && !(b instanceof Constant)) {
      double k = c.value();
      return p -> k / b.eval(p);
    }
    return fold(p -> a.eval(p) / b.eval(p), a, b);
  }

  private CompiledExpr power(Pow pow, Map<Var, Long> bound) throws UnsupportedExpressionException {
    CompiledExpr exponent = node(pow.exp(), bound);
    if (pow.base().equals(Const.E)) return fold(p -> Math.exp(exponent.eval(p)), exponent);
    CompiledExpr base = node(pow.base(), bound);
    if (exponent instanceof Constant c && !(base instanceof Constant)) return constantPower(base, c.value());
    return fold(p -> DoubleFunctions.pow(base.eval(p), exponent.eval(p)), base, exponent);
  }

  /** Small integer powers by multiplication; square roots by sqrt; everything else by {@link Math#pow}. */
  private static CompiledExpr constantPower(CompiledExpr base, double n) {
    if (n == 0.5) return p -> Math.sqrt(base.eval(p));
    if (n != Math.rint(n) || Math.abs(n) > MAX_MULTIPLIED_EXPONENT) return p -> Math.pow(base.eval(p), n);
    int k = (int) n;
    switch (k) {
      case 0: // x^0 = 1, but only where x has a value (Math.pow(NaN, 0) would say 1)
        return p -> Double.isNaN(base.eval(p)) ? Double.NaN : 1;
      case 1:
        return base;
      case 2:
        return p -> {
          double x = base.eval(p);
          return x * x;
        };
      case 3:
        return p -> {
          double x = base.eval(p);
          return x * x * x;
        };
      case -1:
        return p -> 1 / base.eval(p);
      case -2:
        return p -> {
          double x = base.eval(p);
          return 1 / (x * x);
        };
      default:
        return p -> DoubleFunctions.intPow(base.eval(p), k);
    }
  }

  private CompiledExpr call(Call c, Map<Var, Long> bound) throws UnsupportedExpressionException {
    Builtin b = Builtin.byName(c.fn()).orElseThrow(() -> new UnsupportedExpressionException(
        c.fn() + " is not defined (declare it with \\define, or it is an arbitrary function)"));
    if (c.primes() > 0) {
      throw new UnsupportedExpressionException("the derivative " + Describe.brief(c)
          + " cannot be evaluated in double precision; differentiate it symbolically first");
    }
    checkArity(b, c);
    List<CompiledExpr> args = nodes(c.args(), bound);
    if (b == Builtin.MAX || b == Builtin.MIN) return extremum(b == Builtin.MAX, args);
    CompiledExpr x = args.get(0);
    return fold(unary(b, x), x);
  }

  static void checkArity(Builtin b, Call c) throws UnsupportedExpressionException {
    int n = c.args().size();
    if (b.arity() < 0 ? n == 0 : n != b.arity()) {
      throw new UnsupportedExpressionException(c.fn() + " takes "
          + (b.arity() < 0 ? "at least one argument" : b.arity() + " argument(s)") + ", not " + n);
    }
  }

  private static CompiledExpr unary(Builtin b, CompiledExpr x) {
    switch (b) {
      case EXP: return p -> Math.exp(x.eval(p));
      case LN: return p -> DoubleFunctions.ln(x.eval(p));
      case SIN: return p -> Math.sin(x.eval(p));
      case COS: return p -> Math.cos(x.eval(p));
      case TAN: return p -> Math.tan(x.eval(p));
      case SINH: return p -> Math.sinh(x.eval(p));
      case COSH: return p -> Math.cosh(x.eval(p));
      case TANH: return p -> Math.tanh(x.eval(p));
      case SQRT: return p -> Math.sqrt(x.eval(p));
      case SIGN: return p -> Math.signum(x.eval(p));
      case SIGMA: return p -> DoubleFunctions.sigma(x.eval(p));
      case SOFTPLUS: return p -> DoubleFunctions.softplus(x.eval(p));
      case RELU: return p -> DoubleFunctions.relu(x.eval(p));
      case HEAVISIDE: return p -> DoubleFunctions.heaviside(x.eval(p));
      case SOFTSIGN: return p -> DoubleFunctions.softsign(x.eval(p));
      case SEC: return p -> 1 / Math.cos(x.eval(p));
      case CSC: return p -> 1 / Math.sin(x.eval(p));
      case COT: return p -> 1 / Math.tan(x.eval(p));
      case SECH: return p -> 1 / Math.cosh(x.eval(p));
      case CSCH: return p -> 1 / Math.sinh(x.eval(p));
      case COTH: return p -> 1 / Math.tanh(x.eval(p));
      case SILU: return p -> {
        double v = x.eval(p);
        return v * DoubleFunctions.sigma(v);
      };
      default: throw new IllegalStateException("builtin without a double implementation: " + b);
    }
  }

  private static CompiledExpr extremum(boolean max, List<CompiledExpr> args) {
    CompiledExpr[] all = args.toArray(new CompiledExpr[0]);
    CompiledExpr compiled = p -> {
      double m = all[0].eval(p);
      for (int i = 1; i < all.length; i++) {
        double v = all[i].eval(p);
        m = max ? Math.max(m, v) : Math.min(m, v);
      }
      return m;
    };
    return fold(compiled, all);
  }

  /** A sum or product with integer-constant bounds, unrolled with the index bound to each value in turn. */
  private CompiledExpr bigOp(BigOp b, Map<Var, Long> bound) throws UnsupportedExpressionException {
    long[] range = BigOpRange.of(b, bound);
    var terms = new ArrayList<CompiledExpr>();
    var inner = new HashMap<>(bound);
    for (long j = range[0]; j <= range[1]; j++) {
      inner.put(b.index(), j);
      terms.add(node(b.body(), inner));
    }
    return b.kind() == BigOp.Kind.SUM ? sum(terms) : product(terms);
  }
}
