package derivcheck.rules;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The table of derivatives of elementary and library functions, one rule per function ({@code exp},
 * {@code log}, {@code sin}, ..., {@code sigma-derivative}, {@code softplus-derivative}, {@code softsign-derivative}),
 * the power rule, and the chain rule, which applies a table entry to an inner function {@code u}.
 *
 * <p>A table rule applies to {@code \frac{d}{dx} f(x)} and also to the prime notation {@code f'(u)}: both mean the
 * table entry.
 */
public final class FunctionDerivatives {
  private FunctionDerivatives() {}

  /** One table entry: the function, the rule id, the sentence, and f'(u) in terms of u. */
  private record Entry(Builtin fn, String id, String why, Function<Expr, Expr> derivative) {}

  private static Expr sq(Expr e) {
    return new Pow(e, Num.TWO);
  }

  private static final List<Entry> TABLE = List.of(
      new Entry(Builtin.EXP, "exp", "d/dx e^x = e^x.", Builtin.EXP::call),
      new Entry(Builtin.LN, "log", "d/dx ln x = 1/x.", u -> new Div(Num.ONE, u)),
      new Entry(Builtin.SIN, "sin", "d/dx sin x = cos x.", Builtin.COS::call),
      new Entry(Builtin.COS, "cos", "d/dx cos x = -sin x.", u -> new Neg(Builtin.SIN.call(u))),
      new Entry(Builtin.TAN, "tan", "d/dx tan x = 1/cos^2 x.", u -> new Div(Num.ONE, sq(Builtin.COS.call(u)))),
      new Entry(Builtin.SINH, "sinh", "d/dx sinh x = cosh x.", Builtin.COSH::call),
      new Entry(Builtin.COSH, "cosh", "d/dx cosh x = sinh x.", Builtin.SINH::call),
      new Entry(Builtin.TANH, "tanh", "d/dx tanh x = 1 - tanh^2 x.",
          u -> Add.of(Num.ONE, new Neg(sq(Builtin.TANH.call(u))))),
      new Entry(Builtin.SQRT, "sqrt", "d/dx sqrt(x) = 1/(2 sqrt(x)).",
          u -> new Div(Num.ONE, Mul.of(Num.TWO, Builtin.SQRT.call(u)))),
      new Entry(Builtin.SIGMA, "sigma-derivative", "sigma'(x) = sigma(x)(1 - sigma(x)).",
          u -> Mul.of(Builtin.SIGMA.call(u), Add.of(Num.ONE, new Neg(Builtin.SIGMA.call(u))))),
      new Entry(Builtin.SOFTPLUS, "softplus-derivative", "softplus'(x) = sigma(x).", Builtin.SIGMA::call),
      new Entry(Builtin.SOFTSIGN, "softsign-derivative", "softsign'(x) = 1/(1 + |x|)^2 (for x != 0).",
          u -> new Div(Num.ONE, sq(Add.of(Num.ONE, new Abs(u))))),
      new Entry(Builtin.RELU, "relu-derivative", "relu'(x) = H(x) away from the kink at 0.",
          Builtin.HEAVISIDE::call),
      new Entry(Builtin.SIGN, "sign-derivative", "sign'(x) = 0 away from the jump at 0.", u -> Num.ZERO),
      new Entry(Builtin.HEAVISIDE, "heaviside-derivative", "H'(x) = 0 away from the jump at 0.", u -> Num.ZERO));

  private static Optional<Entry> entry(Call c) {
    if (c.args().size() != 1) return Optional.empty();
    var b = Builtin.byName(c.fn());
    if (b.isEmpty()) return Optional.empty();
    for (Entry en : TABLE) if (en.fn == b.get()) return Optional.of(en);
    return Optional.empty();
  }

  /** The outer derivative f'(u) of {@code e = f(u)}, for the chain rule; empty if {@code e} is no table shape. */
  static Optional<Expr> outer(Expr e, Expr var) {
    if (e instanceof Call c && c.primes() == 0) return entry(c).map(en -> en.derivative.apply(c.args().get(0)));
    if (e instanceof Pow p && p.base().equals(Const.E)) return Optional.of(p);
    if (e instanceof Pow p && !DerivativeRules.depends(p.exp(), var)) return Optional.of(powerDerivative(p));
    if (e instanceof Pow p && !DerivativeRules.depends(p.base(), var)) {
      return Optional.of(Mul.of(p, Builtin.LN.call(p.base())));
    }
    if (e instanceof Abs a) return Optional.of(Builtin.SIGN.call(a.arg()));
    return Optional.empty();
  }

  /** The argument u of a table shape f(u). */
  private static Optional<Expr> inner(Expr e) {
    if (e instanceof Call c && c.primes() == 0 && c.args().size() == 1) return Optional.of(c.args().get(0));
    if (e instanceof Pow p && p.base().equals(Const.E)) return Optional.of(p.exp());
    if (e instanceof Pow p) return Optional.of(p.base());
    if (e instanceof Abs a) return Optional.of(a.arg());
    return Optional.empty();
  }

  private static Expr powerDerivative(Pow p) {
    Expr n = p.exp();
    Expr lower = Rational.valueOf(n).map(r -> r.add(Rational.ONE.negate()).toExpr())
        .orElse(Add.of(n, new Neg(Num.ONE)));
    return Mul.of(n, lowerPower(p.base(), lower));
  }

  private static Expr lowerPower(Expr base, Expr exp) {
    return exp instanceof Num n && n.isOne() ? base : new Pow(base, exp);
  }

  /** One rule per table entry; each matches {@code d/dx f(x)} and the prime notation {@code f'(u)}. */
  public static List<Rule> table() {
    var out = new ArrayList<Rule>();
    for (Entry en : TABLE) {
      out.add(new SimpleRule(en.id, en.why, e -> {
        if (e instanceof Call c && c.primes() == 1) {
          return entry(c).filter(x -> x == en).map(x -> x.derivative.apply(c.args().get(0)));
        }
        return DerivativeRules.ready(e).flatMap(d -> d.body() instanceof Call c && c.primes() == 0
            && c.args().size() == 1 && c.args().get(0).equals(d.var())
            ? entry(c).filter(x -> x == en).map(x -> x.derivative.apply(d.var()))
            : Optional.empty());
      }));
    }
    return out;
  }

  public static final Rule POWER = DerivativeRules.deriv("power",
      "Power rule: d/dx x^n = n x^(n-1).",
      (d, b) -> b instanceof Pow p && p.base().equals(d.var()) && !DerivativeRules.depends(p.exp(), d.var())
          ? Optional.of(powerDerivative(p)) : Optional.empty());

  public static final Rule EXP_POWER = DerivativeRules.deriv("exp",
      "d/dx e^x = e^x.",
      (d, b) -> b instanceof Pow p && p.base().equals(Const.E) && p.exp().equals(d.var())
          ? Optional.of(p) : Optional.empty());

  public static final Rule EXPONENTIAL = DerivativeRules.deriv("exponential",
      "d/dx a^x = a^x ln a for a constant base a.",
      (d, b) -> b instanceof Pow p && !p.base().equals(Const.E) && p.exp().equals(d.var())
          && !DerivativeRules.depends(p.base(), d.var())
          ? Optional.of(Mul.of(p, Builtin.LN.call(p.base()))) : Optional.empty());

  public static final Rule ABS = DerivativeRules.deriv("abs-derivative",
      "d/dx |x| = sign(x) for x != 0.",
      (d, b) -> b instanceof Abs a && a.arg().equals(d.var())
          ? Optional.of(Builtin.SIGN.call(d.var())) : Optional.empty());

  private static final derivcheck.expr.Var U = new derivcheck.expr.Var("u");

  /** The chain rule: d/dx f(u) = f'(u) du/dx, for u other than x itself. */
  public static final Rule CHAIN = new Rule() {
    @Override
    public String id() {
      return "chain";
    }

    @Override
    public String justification() {
      return "Chain rule: d/dx f(u) = f'(u) du/dx.";
    }

    @Override
    public Optional<Expr> apply(Expr e) {
      return DerivativeRules.ready(e).flatMap(d -> {
        Expr body = d.body();
        Optional<Expr> u = inner(body);
        if (u.isEmpty() || u.get().equals(d.var()) || !DerivativeRules.depends(u.get(), d.var())) {
          return Optional.empty();
        }
        if (body instanceof Pow p && DerivativeRules.depends(p.exp(), d.var())
            && DerivativeRules.depends(p.base(), d.var())) {
          return Optional.empty();
        }
        return outer(body, d.var()).map(o -> Mul.of(o, DerivativeRules.d(d, u.get())));
      });
    }

    @Override
    public Note note(Expr matched) {
      if (!(matched instanceof Deriv d)) return Note.NONE;
      return inner(d.body()).map(u -> new Note("let", U, u)).orElse(Note.NONE);
    }
  };

  /** Power, exponential and function rules with the variable itself as argument, then the chain rule. */
  public static List<Rule> all() {
    var out = new ArrayList<Rule>(List.of(POWER, EXP_POWER, EXPONENTIAL, ABS));
    out.addAll(table());
    out.add(CHAIN);
    return out;
  }
}
