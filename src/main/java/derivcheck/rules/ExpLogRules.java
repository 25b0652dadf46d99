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

  /** {@code e^{a}} with the exponent multiplied out and its like terms collected, or 1 for a zero exponent. */
  static Expr exp(Expr exponent) {
    Expr x = normalExponent(exponent);
    if (x instanceof Num n && n.isZero()) return Num.ONE;
    return new Pow(Const.E, x);
  }

  /** An exponent multiplied out and collected: {@code -(x_1 - x_2)} is {@code -x_1 + x_2}. */
  static Expr normalExponent(Expr exponent) {
    Expr x = Tidy.clean(exponent);
    for (int k = 0; k < 6; k++) {
      Expr before = x;
      x = Rewriter.everywhere(AlgebraRules.EXPAND, x).map(Rewriter.Application::result).orElse(x);
      x = Rewriter.everywhere(AlgebraRules.COLLECT, x).map(Rewriter.Application::result).orElse(x);
      if (x.equals(before)) break;
    }
    return x;
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
        Expr s = new Term(f.times(), List.of(f.unit())).toExpr();
        Expr den = times(d.den(), s);
        Expr num = d.num() instanceof Add a && hasNegativeExponent(a) ? times(a, s) : timesFactor(d.num(), s);
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

  /** A sum times e^{s}, multiplied out term by term. */
  private static Expr times(Expr sum, Expr s) {
    if (!(sum instanceof Add a)) return timesFactor(sum, s);
    var out = new ArrayList<Expr>();
    for (Expr t : a.terms()) out.add(timesFactor(t, s));
    return new Add(out);
  }

  /** One term times e^{s}: joins an exponential factor of the term if it has one. */
  private static Expr timesFactor(Expr t, Expr s) {
    Term term = Term.of(t);
    var factors = new ArrayList<Expr>();
    boolean joined = false;
    for (Expr f : term.factors()) {
      var x = exponent(f);
      if (!joined && x.isPresent()) {
        joined = true;
        Expr e = exp(Add.of(x.get(), s));
        if (!(e instanceof Num)) factors.add(e);
      } else {
        factors.add(f);
      }
    }
    if (!joined) factors.add(0, exp(s));
    return new Term(term.coef(), factors).toExpr();
  }

  /**
   * Multiplies numerator and denominator of each fraction whose denominator sum has a term with the factor
   * {@code e^{a}} by {@code e^{-a}}: "divide through by e^{a}". A search move, not a greedy one.
   */
  public static Rule divideByExp(Expr a) {
    String key = Ac.key(normalExponent(a));
    Expr s = new Neg(a);
    return new Rule() {
      @Override
      public String id() {
        return MULTIPLY_BY_EX.id();
      }

      @Override
      public String justification() {
        return MULTIPLY_BY_EX.justification();
      }

      @Override
      public Optional<Expr> apply(Expr e) {
        if (!(e instanceof Div d) || !(d.den() instanceof Add sum) || !hasExponent(sum, key)) return Optional.empty();
        Expr num = d.num() instanceof Add n && allExponential(n) ? times(n, s) : timesFactor(d.num(), s);
        return Optional.of(new Div(num, times(sum, s)));
      }

      @Override
      public Note note(Expr matched) {
        return factorNote(s);
      }
    };
  }

  private static boolean hasExponent(Add sum, String key) {
    for (Expr t : sum.terms()) {
      for (Expr f : Term.of(t).factors()) {
        var x = exponent(f);
        if (x.isPresent() && Ac.key(normalExponent(x.get())).equals(key)) return true;
      }
    }
    return false;
  }

  private static boolean allExponential(Add sum) {
    return sum.terms().stream().allMatch(t -> Term.of(t).factors().stream().anyMatch(f -> exponent(f).isPresent()));
  }

  /** The exponents of the exponential factors in the denominator sums of the fractions of {@code e}. */
  public static List<Expr> denominatorExponents(Expr e) {
    var out = new ArrayList<Expr>();
    var keys = new java.util.HashSet<String>();
    collectDenominatorExponents(e, out, keys);
    return out;
  }

  private static void collectDenominatorExponents(Expr e, List<Expr> out, java.util.Set<String> keys) {
    if (e instanceof Div d && d.den() instanceof Add sum) {
      for (Expr t : sum.terms()) {
        for (Expr f : Term.of(t).factors()) {
          var x = exponent(f);
          if (x.isPresent() && keys.add(Ac.key(normalExponent(x.get())))) out.add(x.get());
        }
      }
    }
    for (Expr c : e.children()) collectDenominatorExponents(c, out, keys);
  }

  /** {@code \ln(a/b) -> \ln a - \ln b}: a search move (the greedy rules combine logs the other way). */
  public static final Rule LOG_OF_QUOTIENT = new SimpleRule("log-of-quotient",
      "The log of a quotient is a difference of logs: ln(a/b) = ln a - ln b.",
      e -> isLn(e) && lnArg(e) instanceof Div d
          ? Optional.of(Add.of(Builtin.LN.call(d.num()), new Neg(Builtin.LN.call(d.den()))))
          : Optional.empty());
}
