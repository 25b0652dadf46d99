package derivcheck.cas;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Ceil;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Floor;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Our tree to an unevaluated Symja expression, built only with the {@code F} factory (never by printing a string
 * for Symja's parser). Derived builtins (sigma, softplus, relu, H, softsign) are inlined from their definitions in
 * {@link Builtin}; the primitive ones map to Symja's functions.
 */
final class ToSymja {
  /** Big operators with numeric bounds are written out; beyond this many terms they are unsupported. */
  static final int MAX_BIG_OP_TERMS = 64;

  private final SymbolTable table;
  private final boolean maxMinAsAbs;
  /** Placeholder variables bound to dummy symbols while a builtin's definition is translated. */
  private final Map<Expr, IExpr> bound = new HashMap<>();

  ToSymja(SymbolTable table) {
    this(table, false);
  }

  /**
   * With {@code maxMinAsAbs}, max and min are written with |.| (max(a, b) = (a + b + |a - b|) / 2, exact for reals),
   * which Symja can differentiate and split by sign; its own Max and Min have opaque derivatives. The prover wants
   * that; results meant for display do not.
   */
  ToSymja(SymbolTable table, boolean maxMinAsAbs) {
    this.table = table;
    this.maxMinAsAbs = maxMinAsAbs;
  }

  IExpr convert(Expr e) {
    if (e instanceof Num n) return number(n);
    if (e instanceof Const c) return constant(c);
    if (e instanceof Var v) return variable(v);
    if (e instanceof Neg n) return F.Times(F.CN1, convert(n.arg()));
    if (e instanceof Add a) return F.Plus(all(a.terms()));
    if (e instanceof Mul m) return F.Times(all(m.factors()));
    if (e instanceof Div d) return F.Times(convert(d.num()), F.Power(convert(d.den()), F.CN1));
    if (e instanceof Pow p) return F.Power(convert(p.base()), convert(p.exp()));
    if (e instanceof Abs a) return F.Abs(convert(a.arg()));
    if (e instanceof Floor f) return F.Floor(convert(f.arg()));
    if (e instanceof Ceil c) return F.Ceiling(convert(c.arg()));
    if (e instanceof Call c) return call(c);
    if (e instanceof Deriv d) return derivative(d);
    if (e instanceof Indexed i) return table.variable(Indices.normalize(i));
    if (e instanceof BigOp b) return convert(expand(b));
    if (e instanceof derivcheck.expr.At a) {
      // ReplaceAll evaluates the body first, so derivatives are taken before the variable is set
      return F.ReplaceAll(convert(a.body()), F.Rule(convert(a.var()), convert(a.value())));
    }
    throw Exprs.unknownNode(e);
  }

  static IExpr number(Num n) {
    var v = n.value();
    if (v.scale() <= 0) return F.ZZ(v.toBigIntegerExact());
    return F.QQ(F.ZZ(v.unscaledValue()), F.ZZ(BigInteger.TEN.pow(v.scale())));
  }

  private static IExpr constant(Const c) {
    switch (c.kind()) {
      case E: return S.E;
      case PI: return S.Pi;
      case INFINITY: return F.CInfinity;
      default: throw new CasException("unknown constant " + c.kind());
    }
  }

  private IExpr variable(Var v) {
    IExpr local = bound.get(v);
    return local != null ? local : table.variable(v);
  }

  private IExpr[] all(List<Expr> items) {
    var out = new IExpr[items.size()];
    for (int i = 0; i < out.length; i++) out[i] = convert(items.get(i));
    return out;
  }

  private IExpr derivative(Deriv d) {
    IExpr var = convert(d.var());
    if (!(var instanceof ISymbol)) throw new CasException("cannot differentiate with respect to " + d.var());
    return nthDerivative(convert(d.body()), var, d.order());
  }

  /**
   * {@code D[D[body, v], v]...}: nested rather than {@code D[body, {v, n}]}, which in Symja 3.0.0 exceeds the
   * recursion limit for tanh and n >= 2.
   */
  private static IExpr nthDerivative(IExpr body, IExpr var, int n) {
    IExpr out = body;
    for (int i = 0; i < n; i++) out = F.D(out, var);
    return out;
  }

  private IExpr call(Call c) {
    var builtin = Builtin.byName(c.fn());
    if (builtin.isEmpty()) return unknownFunction(c);
    Builtin b = builtin.get();
    checkArity(b, c);
    if (c.primes() == 0) return apply(b, c.args());
    if (c.args().size() != 1) throw new CasException("cannot differentiate " + c.fn() + " of several arguments");
    // f^{(n)}(a): differentiate the definition in a fresh dummy n times, then put the argument in.
    ISymbol t = table.dummy();
    Var placeholder = new Var("#argument of " + c.fn() + " " + t);
    bound.put(placeholder, t);
    IExpr definition;
    try {
      definition = apply(b, List.of(placeholder));
    } finally {
      bound.remove(placeholder);
    }
    return F.ReplaceAll(nthDerivative(definition, t, c.primes()), F.Rule(t, convert(c.args().get(0))));
  }

  private static void checkArity(Builtin b, Call c) {
    int n = c.args().size();
    boolean ok = b.arity() < 0 ? n >= 1 : n == b.arity();
    if (!ok) throw new CasException(b.latex() + " applied to " + n + " arguments");
  }

  private IExpr apply(Builtin b, List<Expr> args) {
    var expanded = b.expand(args);
    if (expanded.isPresent()) return convert(expanded.get());
    switch (b) {
      case EXP: return F.Exp(convert(args.get(0)));
      case LN: return F.Log(convert(args.get(0)));
      case SIN: return F.Sin(convert(args.get(0)));
      case COS: return F.Cos(convert(args.get(0)));
      case TAN: return F.Tan(convert(args.get(0)));
      case SINH: return F.Sinh(convert(args.get(0)));
      case COSH: return F.Cosh(convert(args.get(0)));
      case TANH: return F.Tanh(convert(args.get(0)));
      case SQRT: return F.Sqrt(convert(args.get(0)));
      case SIGN: return F.Sign(convert(args.get(0)));
      case MAX: return maxMinAsAbs ? convert(viaAbs(args, true)) : F.function(S.Max, all(args));
      case MIN: return maxMinAsAbs ? convert(viaAbs(args, false)) : F.function(S.Min, all(args));
      default: throw new CasException("no Symja counterpart for " + b.latex());
    }
  }

  /** max or min of the arguments, folded pairwise with (a + b +- |a - b|) / 2. */
  private static Expr viaAbs(List<Expr> args, boolean max) {
    Expr m = args.get(0);
    for (Expr b : args.subList(1, args.size())) {
      Expr gap = new Abs(Add.of(m, new Neg(b)));
      m = new Div(Add.of(m, b, max ? gap : new Neg(gap)), Num.TWO);
    }
    return m;
  }

  private IExpr unknownFunction(Call c) {
    if (c.args().isEmpty()) throw new CasException("function " + c.fn() + " without arguments");
    ISymbol head = table.function(c.fn());
    if (c.primes() == 0) return F.function(head, all(c.args()));
    if (c.args().size() != 1) {
      throw new CasException("primes on " + c.fn() + " of several arguments are ambiguous");
    }
    IExpr derivativeHead = F.unaryAST1(F.unaryAST1(S.Derivative, F.ZZ(c.primes())), head);
    return F.function(derivativeHead, all(c.args()));
  }

  /** A sum or product with integer bounds, written out term by term. */
  private static Expr expand(BigOp b) {
    if (b.lower() == null) throw new CasException("a big operator without bounds cannot be written out");
    var lo = Indices.constantInteger(b.lower());
    var hi = Indices.constantInteger(b.upper());
    if (lo.isEmpty() || hi.isEmpty()) throw new CasException("a big operator with symbolic bounds");
    BigInteger count = hi.get().subtract(lo.get()).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_BIG_OP_TERMS)) > 0) {
      throw new CasException("a big operator with " + count + " terms is too long to write out");
    }
    var terms = new ArrayList<Expr>();
    for (BigInteger k = lo.get(); k.compareTo(hi.get()) <= 0; k = k.add(BigInteger.ONE)) {
      terms.add(Exprs.substitute(b.body(), b.index(), new Num(new java.math.BigDecimal(k))));
    }
    return b.kind() == BigOp.Kind.SUM ? Exprs.sum(terms) : Exprs.product(terms);
  }
}
