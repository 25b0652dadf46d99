package derivcheck.lib;

import static derivcheck.lib.Build.add;
import static derivcheck.lib.Build.div;
import static derivcheck.lib.Build.mul;
import static derivcheck.lib.Build.neg;
import static derivcheck.lib.Build.pow;
import static derivcheck.lib.Build.sub;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Symbolic differentiation on our own tree, used to evaluate derivative claims numerically. It is deliberately
 * independent of Symja's {@code D} (which the proof strategies use) and of the high-precision evaluator (which
 * differentiates numerically), so one bug cannot both make and confirm a wrong derivative.
 *
 * <p>Derivatives of functions with kinks (|x|, relu, sign, H, max) are the ones that hold away from the kink.
 */
public final class Differentiator {
  /** The dummy variable for derivatives of builtins: no parsed name can look like it. */
  static final Var DUMMY = new Var("#t");

  private Differentiator() {}

  /** The {@code order}-th derivative of {@code e} with respect to {@code var}. */
  public static Expr derivative(Expr e, Expr var, int order) throws LoweringException {
    Expr out = e;
    for (int k = 0; k < order; k++) out = d(out, var);
    return out;
  }

  /** First derivative. {@code e} must contain no {@link Deriv} nodes and no primed calls (lower them first). */
  public static Expr d(Expr e, Expr var) throws LoweringException {
    if (!(var instanceof Var) && !Variables.isScalarEntry(var)) {
      throw new LoweringException("cannot differentiate with respect to an index expression yet");
    }
    if (!depends(e, var)) {
      // x_j (j a bound or free index) may be the entry x_2 itself: 0 would be a guess, not a derivative.
      if (mentionsSymbolicEntryOf(e, var)) {
        throw new LoweringException("cannot differentiate an entry with a symbolic index yet");
      }
      return Num.ZERO;
    }
    if (e.equals(var)) return Num.ONE;
    if (e instanceof Neg n) return neg(d(n.arg(), var));
    if (e instanceof Add a) {
      var terms = new ArrayList<Expr>();
      for (Expr t : a.terms()) terms.add(d(t, var));
      return add(terms.toArray(Expr[]::new));
    }
    if (e instanceof Mul m) return productRule(m.factors(), var);
    if (e instanceof Div q) return quotientRule(q, var);
    if (e instanceof Pow p) return powerRule(p, var);
    if (e instanceof Abs a) return mul(Builtin.SIGN.call(a.arg()), d(a.arg(), var));
    if (e instanceof Call c) return chainRule(c, var);
    // like sign and H: zero away from the jumps, where no derivative exists
    if (e instanceof derivcheck.expr.Floor || e instanceof derivcheck.expr.Ceil) return Num.ZERO;
    if (e instanceof BigOp b && b.kind() == BigOp.Kind.SUM && !b.index().equals(var)) {
      return new BigOp(b.kind(), b.index(), b.lower(), b.upper(), d(b.body(), var));
    }
    if (e instanceof Indexed) {
      throw new LoweringException("cannot differentiate an entry with a symbolic index yet");
    }
    if (e instanceof Deriv) throw new IllegalStateException("lower derivatives before differentiating again");
    throw new LoweringException("cannot differentiate this kind of expression yet");
  }

  private static Expr productRule(List<Expr> factors, Expr var) throws LoweringException {
    var terms = new ArrayList<Expr>();
    for (int i = 0; i < factors.size(); i++) {
      Expr di = d(factors.get(i), var);
      if (di instanceof Num n && n.isZero()) continue;
      var parts = new ArrayList<Expr>(factors);
      parts.set(i, di);
      terms.add(mul(parts));
    }
    return add(terms.toArray(Expr[]::new));
  }

  private static Expr quotientRule(Div q, Expr var) throws LoweringException {
    Expr da = d(q.num(), var);
    if (!depends(q.den(), var)) return div(da, q.den());
    Expr db = d(q.den(), var);
    return div(sub(mul(da, q.den()), mul(q.num(), db)), pow(q.den(), Num.TWO));
  }

  private static Expr powerRule(Pow p, Expr var) throws LoweringException {
    Expr b = p.base();
    Expr u = p.exp();
    if (!depends(u, var)) {
      return mul(u, pow(b, minusOne(u)), d(b, var));
    }
    if (b.equals(Const.E)) return mul(p, d(u, var));
    if (!depends(b, var)) return mul(p, Builtin.LN.call(b), d(u, var));
    // b^u = e^{u ln b}
    return mul(p, add(mul(d(u, var), Builtin.LN.call(b)), div(mul(u, d(b, var)), b)));
  }

  private static Expr minusOne(Expr u) {
    if (u instanceof Num n) {
      var v = n.value().subtract(java.math.BigDecimal.ONE);
      return v.signum() < 0 ? new Neg(new Num(v.negate())) : new Num(v);
    }
    return sub(u, Num.ONE);
  }

  private static Expr chainRule(Call c, Expr var) throws LoweringException {
    var b = Builtin.byName(c.fn()).orElseThrow(() -> new LoweringException(
        "cannot differentiate " + c.fn() + ": it is not defined (declare it with \\define)"));
    if (c.primes() > 0) throw new IllegalStateException("lower primed calls before differentiating");
    if (b == Builtin.MAX || b == Builtin.MIN) return maxMinRule(b, c.args(), var);
    if (c.args().size() != 1) throw new LoweringException(c.fn() + " takes one argument");
    Expr u = c.args().get(0);
    return mul(outerDerivative(b, u), d(u, var));
  }

  /** d/du of a one-argument builtin at u. */
  static Expr outerDerivative(Builtin b, Expr u) throws LoweringException {
    switch (b) {
      case EXP: return Builtin.EXP.call(u);
      case LN: return div(Num.ONE, u);
      case SIN: return Builtin.COS.call(u);
      case COS: return neg(Builtin.SIN.call(u));
      case TAN: return div(Num.ONE, pow(Builtin.COS.call(u), Num.TWO));
      case SINH: return Builtin.COSH.call(u);
      case COSH: return Builtin.SINH.call(u);
      case TANH: return sub(Num.ONE, pow(Builtin.TANH.call(u), Num.TWO));
      case SQRT: return div(Num.ONE, mul(Num.TWO, Builtin.SQRT.call(u)));
      case SIGN:
      case HEAVISIDE:
        return Num.ZERO;
      case SIGMA: return mul(Builtin.SIGMA.call(u), sub(Num.ONE, Builtin.SIGMA.call(u)));
      case SOFTPLUS: return Builtin.SIGMA.call(u);
      case RELU: return Builtin.HEAVISIDE.call(u);
      case SOFTSIGN: return div(Num.ONE, pow(add(Num.ONE, new Abs(u)), Num.TWO));
      case SEC: return mul(Builtin.SEC.call(u), Builtin.TAN.call(u));
      case CSC: return neg(mul(Builtin.CSC.call(u), Builtin.COT.call(u)));
      case COT: return neg(pow(Builtin.CSC.call(u), Num.TWO));
      case SECH: return neg(mul(Builtin.SECH.call(u), Builtin.TANH.call(u)));
      case CSCH: return neg(mul(Builtin.CSCH.call(u), Builtin.COTH.call(u)));
      case COTH: return neg(pow(Builtin.CSCH.call(u), Num.TWO));
      case SILU: return mul(Builtin.SIGMA.call(u), add(Num.ONE, mul(u, sub(Num.ONE, Builtin.SIGMA.call(u)))));
      default: throw new LoweringException("no derivative rule for " + b.latex());
    }
  }

  private static Expr maxMinRule(Builtin b, List<Expr> args, Expr var) throws LoweringException {
    if (args.size() == 1) return d(args.get(0), var);
    if (args.size() != 2) throw new LoweringException("can only differentiate " + b.latex() + " of two arguments");
    Expr x = args.get(0);
    Expr y = args.get(1);
    Expr xWins = b == Builtin.MAX ? sub(x, y) : sub(y, x);
    return add(mul(Builtin.HEAVISIDE.call(xWins), d(x, var)), mul(Builtin.HEAVISIDE.call(neg(xWins)), d(y, var)));
  }

  /** The {@code primes}-th derivative of a builtin, evaluated at {@code args}. */
  public static Expr primed(Builtin b, int primes, List<Expr> args) throws LoweringException {
    if (args.size() != 1) throw new LoweringException(b.latex() + "' needs exactly one argument");
    Expr body = new Call(b.latex(), List.of(DUMMY));
    Expr dn = derivative(body, DUMMY, primes);
    return Substitution.apply(dn, Map.of(DUMMY, args.get(0)));
  }

  private static boolean mentionsSymbolicEntryOf(Expr e, Expr var) {
    return var instanceof Indexed v && derivcheck.expr.Exprs.any(e, x -> x instanceof Indexed i
        && i.base().equals(v.base()) && !Variables.isScalarEntry(i));
  }

  static boolean depends(Expr e, Expr var) {
    return Variables.dependsOn(e, var);
  }
}
