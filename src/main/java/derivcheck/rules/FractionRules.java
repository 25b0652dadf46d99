package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules on fractions: combine over a common denominator, multiply, raise to a power, cancel common factors. */
public final class FractionRules {
  private FractionRules() {}

  /** A term seen as {@code coef * num / den}; den is 1 for a term without a fraction. */
  record Frac(Rational coef, List<Expr> num, List<Expr> den) {
    static Frac of(Expr t) {
      Term term = Term.of(t);
      var num = new ArrayList<Expr>();
      var den = new ArrayList<Expr>();
      Rational c = term.coef();
      for (Expr f : term.factors()) {
        if (f instanceof Div d && !isNumber(d)) {
          Term top = Term.of(d.num());
          Term bottom = Term.of(d.den());
          c = c.multiply(top.coef()).divide(bottom.coef());
          num.addAll(top.factors());
          den.addAll(bottom.factors());
        } else {
          num.add(f);
        }
      }
      return new Frac(c, num, den);
    }

    boolean hasDenominator() {
      return !den.isEmpty();
    }

    /** The fraction as a tree, with a fractional coefficient split between numerator and denominator. */
    Expr toExpr() {
      var top = new ArrayList<Expr>();
      var bottom = new ArrayList<Expr>();
      Rational c = coef;
      if (!c.isInteger()) {
        bottom.add(new Num(new java.math.BigDecimal(c.den())));
        c = new Rational(c.num(), java.math.BigInteger.ONE);
      }
      bottom.addAll(den);
      top.addAll(num);
      Expr n = new Term(c, top).toExpr();
      if (bottom.isEmpty()) return n;
      return Tidy.div(n, Tidy.mul(bottom));
    }
  }

  static boolean isNumber(Expr e) {
    return Rational.valueOf(e).isPresent();
  }

  /** {@code a/b \cdot c/d -> (a c)/(b d)}, with the numbers of the product folded into the fraction. */
  public static final Rule MULTIPLY_FRACTIONS = new SimpleRule("multiply-fractions",
      "Multiply fractions: (a/b)(c/d) = (ac)/(bd), and c (a/b) = (ca)/b.",
      e -> {
        if (!(e instanceof Mul m)) return Optional.empty();
        if (m.factors().stream().noneMatch(f -> f instanceof Div d && !isNumber(d))) return Optional.empty();
        // A factor that is a sum with fractions inside is combined first; multiplying now would nest fractions.
        if (m.factors().stream().anyMatch(FractionRules::sumWithFraction)) return Optional.empty();
        return Optional.of(Frac.of(m).toExpr());
      });

  /** {@code (a + b)/c -> a/c + b/c}: a search move (the greedy rules combine fractions the other way). */
  public static final Rule SPLIT_FRACTION = new SimpleRule("split-fraction",
      "Split a fraction over the terms of its numerator: (a + b)/c = a/c + b/c.",
      e -> e instanceof Div d && d.num() instanceof Add a
          ? Optional.of(new Add(a.terms().stream().map(t -> t instanceof derivcheck.expr.Neg n
              ? (Expr) new derivcheck.expr.Neg(new Div(n.arg(), d.den())) : new Div(t, d.den())).toList()))
          : Optional.empty());

  /** {@code (a/b)/c -> a/(bc)} and {@code a/(b/c) -> (ac)/b}. */
  public static final Rule COMPOUND_FRACTION = new SimpleRule("compound-fraction",
      "A fraction of fractions is one fraction: (a/b)/c = a/(bc), a/(b/c) = ac/b.",
      e -> {
        if (!(e instanceof Div d) || isNumber(d)) return Optional.empty();
        if (d.num() instanceof Div top && !isNumber(top)) {
          return Optional.of(new Div(top.num(), Mul.of(top.den(), d.den())));
        }
        if (d.den() instanceof Div bottom && !isNumber(bottom)) {
          return Optional.of(new Div(Mul.of(d.num(), bottom.den()), bottom.num()));
        }
        return Optional.empty();
      });

  /** {@code (a/b)^n -> a^n / b^n}. */
  public static final Rule POWER_OF_FRACTION = new SimpleRule("power-of-fraction",
      "A power of a fraction: (a/b)^n = a^n / b^n.",
      e -> {
        if (!(e instanceof Pow p) || !(p.base() instanceof Div d) || isNumber(d)) return Optional.empty();
        Expr top = d.num() instanceof Num n && n.isOne() ? Num.ONE : new Pow(d.num(), p.exp());
        return Optional.of(new Div(top, new Pow(d.den(), p.exp())));
      });

  /** Brings the terms of a sum over a common denominator (the product of the different denominators). */
  public static final Rule COMBINE_FRACTIONS = new SimpleRule("combine-fractions",
      "Bring the terms over a common denominator: a/b + c/d = (ad + cb)/(bd).",
      FractionRules::combine);

  private static Optional<Expr> combine(Expr e) {
    if (!(e instanceof Add a)) return Optional.empty();
    var fracs = a.terms().stream().map(Frac::of).toList();
    if (fracs.stream().noneMatch(Frac::hasDenominator)) return Optional.empty();
    // The distinct denominator factors, each with the highest power any term needs.
    Map<String, Expr> bases = new LinkedHashMap<>();
    Map<String, Rational> need = new LinkedHashMap<>();
    for (Frac f : fracs) {
      for (var fac : powers(f.den()).entrySet()) {
        bases.putIfAbsent(fac.getKey(), fac.getValue().base());
        need.merge(fac.getKey(), fac.getValue().exp(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
      }
    }
    var numerators = new ArrayList<Expr>();
    for (Frac f : fracs) {
      var mine = powers(f.den());
      var factors = new ArrayList<Expr>(f.num());
      for (var k : need.keySet()) {
        Rational have = mine.containsKey(k) ? mine.get(k).exp() : Rational.ZERO;
        Rational missing = need.get(k).add(have.negate());
        if (!missing.isZero()) factors.add(power(bases.get(k), missing));
      }
      numerators.add(new Term(f.coef(), factors).toExpr());
    }
    var den = new ArrayList<Expr>();
    for (var k : need.keySet()) den.add(power(bases.get(k), need.get(k)));
    return Optional.of(new Div(new Add(numerators), Exprs.product(den)));
  }

  record Power(Expr base, Rational exp) {}

  /** Factors as base^exponent, keyed by the base's canonical key (repeated bases merged). */
  static Map<String, Power> powers(List<Expr> factors) {
    Map<String, Power> out = new LinkedHashMap<>();
    for (Expr f : factors) {
      Expr base = f;
      Rational n = Rational.ONE;
      if (f instanceof Pow p && Rational.valueOf(p.exp()).filter(r -> r.signum() > 0).isPresent()) {
        base = p.base();
        n = Rational.valueOf(p.exp()).get();
      }
      String k = Ac.key(base);
      Power prev = out.get(k);
      out.put(k, prev == null ? new Power(base, n) : new Power(prev.base(), prev.exp().add(n)));
    }
    return out;
  }

  static Expr power(Expr base, Rational n) {
    return n.isOne() ? base : new Pow(base, n.toExpr());
  }

  /** Cancels factors (and numeric content) common to the numerator and the denominator of a fraction. */
  public static final Rule CANCEL = new SimpleRule("cancel",
      "Cancel a factor common to the numerator and the denominator.",
      FractionRules::cancel);

  private static Optional<Expr> cancel(Expr e) {
    if (!(e instanceof Div d) || isNumber(d)) return Optional.empty();
    Term top = Term.of(d.num());
    Term bottom = Term.of(d.den());
    var num = powers(top.factors());
    var den = powers(bottom.factors());
    boolean any = false;
    for (String k : new ArrayList<>(num.keySet())) {
      if (!den.containsKey(k)) continue;
      any = true;
      Rational a = num.get(k).exp();
      Rational b = den.get(k).exp();
      Rational common = a.compareTo(b) <= 0 ? a : b;
      num.put(k, new Power(num.get(k).base(), a.add(common.negate())));
      den.put(k, new Power(den.get(k).base(), b.add(common.negate())));
    }
    Rational c = top.coef().divide(bottom.coef());
    boolean numbers = !bottom.coef().isOne() || !c.isInteger();
    if (!any && !numbers) return Optional.empty();
    var topOut = new ArrayList<Expr>();
    var bottomOut = new ArrayList<Expr>();
    for (Power p : num.values()) if (!p.exp().isZero()) topOut.add(power(p.base(), p.exp()));
    for (Power p : den.values()) if (!p.exp().isZero()) bottomOut.add(power(p.base(), p.exp()));
    return Optional.of(new Frac(c, topOut, bottomOut).toExpr());
  }

  private static boolean sumWithFraction(Expr f) {
    return f instanceof Add a && a.terms().stream().anyMatch(t -> Frac.of(t).hasDenominator());
  }
}
