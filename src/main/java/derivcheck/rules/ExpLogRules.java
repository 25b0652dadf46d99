package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules on exponentials and logarithms. */
public final class ExpLogRules {
  private ExpLogRules() {}

  /** The exponent of {@code e^{a}} or {@code \exp(a)}; empty for anything else. */
  static Optional<Expr> exponent(Expr e) {
    if (e instanceof Pow p && p.base().equals(Const.E)) return Optional.of(p.exp());
    if (e instanceof Call c && c.fn().equals(Builtin.EXP.latex()) && c.primes() == 0 && c.args().size() == 1) {
      return Optional.of(c.args().get(0));
    }
    return Optional.empty();
  }

  private static boolean isLn(Expr e) {
    return e instanceof Call c && c.fn().equals(Builtin.LN.latex()) && c.primes() == 0 && c.args().size() == 1;
  }

  private static Expr lnArg(Expr e) {
    return ((Call) e).args().get(0);
  }

  /** {@code e^{a}} with the exponent's like terms collected, or 1 for a zero exponent. */
  static Expr exp(Expr exponent) {
    Expr x = Tidy.clean(exponent);
    if (x instanceof Add) x = AlgebraRules.COLLECT.apply(x).map(Tidy::clean).orElse(x);
    if (x instanceof Num n && n.isZero()) return Num.ONE;
    return new Pow(Const.E, x);
  }

  /** {@code e^{a} e^{b} -> e^{a+b}}. */
  public static final Rule EXP_PRODUCT = new SimpleRule("exp-product",
      "Exponents add: e^a e^b = e^(a+b).",
      e -> {
        if (!(e instanceof Mul m)) return Optional.empty();
        var exps = new ArrayList<Expr>();
        var out = new ArrayList<Expr>();
        int at = -1;
        for (Expr f : m.factors()) {
          var x = exponent(f);
          if (x.isPresent()) {
            if (at < 0) at = out.size();
            exps.add(x.get());
          } else {
            out.add(f);
          }
        }
        if (exps.size() < 2) return Optional.empty();
        out.add(at, exp(new Add(exps)));
        return Optional.of(Exprs.product(out));
      });

  /** {@code \ln(1/a) -> -\ln a}. */
  public static final Rule LOG_RECIPROCAL = new SimpleRule("log-reciprocal",
      "The log of a reciprocal: ln(1/a) = -ln a.",
      e -> isLn(e) && lnArg(e) instanceof Div d && d.num() instanceof Num n && n.isOne()
          ? Optional.of(new Neg(Builtin.LN.call(d.den()))) : Optional.empty());

  /** {@code \ln e^{a} -> a}. */
  public static final Rule LOG_EXP = new SimpleRule("log-exp",
      "The log undoes the exponential: ln(e^a) = a.",
      e -> {
        if (!isLn(e)) return Optional.empty();
        if (lnArg(e).equals(Const.E)) return Optional.of(Num.ONE);
        return exponent(lnArg(e));
      });

  /** {@code e^{\ln a} -> a}. */
  public static final Rule EXP_LOG = new SimpleRule("exp-log",
      "The exponential undoes the log: e^(ln a) = a.",
      e -> exponent(e).filter(ExpLogRules::isLn).map(ExpLogRules::lnArg));

  /** {@code \ln a - \ln b -> \ln(a/b)}. */
  public static final Rule LOG_QUOTIENT = new SimpleRule("log-quotient",
      "A difference of logs is the log of the quotient: ln a - ln b = ln(a/b).",
      e -> {
        if (!(e instanceof Add s)) return Optional.empty();
        int plus = -1;
        int minus = -1;
        List<Expr> ts = s.terms();
        for (int i = 0; i < ts.size(); i++) {
          if (plus < 0 && isLn(ts.get(i))) plus = i;
          if (minus < 0 && ts.get(i) instanceof Neg n && isLn(n.arg())) minus = i;
        }
        if (plus < 0 || minus < 0) return Optional.empty();
        var out = new ArrayList<Expr>();
        for (int i = 0; i < ts.size(); i++) {
          if (i == plus) {
            out.add(Builtin.LN.call(new Div(lnArg(ts.get(plus)), lnArg(((Neg) ts.get(minus)).arg()))));
          } else if (i != minus) {
            out.add(ts.get(i));
          }
        }
        return Optional.of(Exprs.sum(out));
      });

  /**
   * The note of a multiply-by-ex step read backwards, or of two such steps in a row: multiplying by {@code e^{a}}
   * and then by {@code e^{b}} is multiplying by {@code e^{a+b}}; backwards it is multiplying by {@code e^{-a}}.
   */
  public static Note factorNote(Expr exponent) {
    return new Note("multiply by", exp(exponent), null);
  }

  /** The exponent of a multiply-by-ex note's factor; empty for any other note. */
  public static Optional<Expr> noteExponent(Note n) {
    return n.lhs() == null ? Optional.empty() : exponent(n.lhs());
  }

  /** A term's exponential factors as multiples of one unit, e.g. {@code e^{-2x}} is -2 times x. */
  private record Scaled(Rational times, Expr unit) {}

  private static Optional<Scaled> scaled(Expr exponent) {
    Term t = Term.of(exponent);
    if (t.isNumber()) return Optional.empty();
    return Optional.of(new Scaled(t.coef(), t.rest()));
  }

  /**
   * Multiplies numerator and denominator by {@code e^{k u}} to clear the negative exponents of a denominator sum:
   * {@code \frac{1}{1+e^{-x}} -> \frac{e^{x}}{e^{x}+1}}. The denominator is multiplied out; so is the numerator
   * when it is a sum with exponentials, otherwise the factor joins it as a product.
   */
  public static final Rule MULTIPLY_BY_EX = new Rule() {
    @Override
    public String id() {
      return "multiply-by-ex";
    }

    @Override
    public String justification() {
      return "Multiply numerator and denominator by the same exponential.";
    }

    @Override
    public Optional<Expr> apply(Expr e) {
      return factor(e).map(f -> {
        Div d = (Div) e;
        Expr den = times(d.den(), f.times(), f.unit());
        Expr num = d.num() instanceof Add a && hasNegativeExponent(a)
            ? times(a, f.times(), f.unit())
            : timesFactor(d.num(), f.times(), f.unit());
        return new Div(num, den);
      });
    }

    @Override
    public Note note(Expr matched) {
      return factor(matched)
          .map(f -> factorNote(new Term(f.times(), List.of(f.unit())).toExpr()))
          .orElse(Note.NONE);
    }
  };

  /** Whether some term of the sum has an exponential factor with a negative multiple in its exponent. */
  private static boolean hasNegativeExponent(Add a) {
    for (Expr t : a.terms()) {
      for (Expr f : Term.of(t).factors()) {
        var s = exponent(f).flatMap(ExpLogRules::scaled);
        if (s.isPresent() && s.get().times().signum() < 0) return true;
      }
    }
    return false;
  }

  /** The factor e^{k u} that clears the most negative exponent of the denominator's terms. */
  private static Optional<Scaled> factor(Expr e) {
    if (!(e instanceof Div d) || !(d.den() instanceof Add sum)) return Optional.empty();
    Expr unit = null;
    Rational lowest = Rational.ZERO;
    for (Expr t : sum.terms()) {
      for (Expr f : Term.of(t).factors()) {
        var x = exponent(f);
        if (x.isEmpty()) continue;
        var s = scaled(x.get());
        if (s.isEmpty()) return Optional.empty();
        if (unit == null) unit = s.get().unit();
        else if (!Ac.same(unit, s.get().unit())) return Optional.empty();
        if (s.get().times().compareTo(lowest) < 0) lowest = s.get().times();
      }
    }
    if (unit == null || lowest.signum() >= 0) return Optional.empty();
    return Optional.of(new Scaled(lowest.negate(), unit));
  }

  /** A sum times e^{k u}, multiplied out term by term. */
  private static Expr times(Expr sum, Rational k, Expr unit) {
    if (!(sum instanceof Add a)) return timesFactor(sum, k, unit);
    var out = new ArrayList<Expr>();
    for (Expr t : a.terms()) out.add(timesFactor(t, k, unit));
    return new Add(out);
  }

  /** One term times e^{k u}: joins an exponential factor of the term if it has one. */
  private static Expr timesFactor(Expr t, Rational k, Expr unit) {
    Term term = Term.of(t);
    var factors = new ArrayList<Expr>();
    boolean joined = false;
    for (Expr f : term.factors()) {
      var x = exponent(f);
      if (!joined && x.isPresent()) {
        joined = true;
        Expr e = exp(Add.of(x.get(), new Term(k, List.of(unit)).toExpr()));
        if (!(e instanceof Num)) factors.add(e);
      } else {
        factors.add(f);
      }
    }
    if (!joined) factors.add(0, exp(new Term(k, List.of(unit)).toExpr()));
    return new Term(term.coef(), factors).toExpr();
  }
}
