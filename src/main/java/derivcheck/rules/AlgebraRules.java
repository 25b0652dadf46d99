package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules on sums and products: arithmetic on numbers, collecting like terms, multiplying out, equal factors. */
public final class AlgebraRules {
  private AlgebraRules() {}

  /** Folds the numbers of one product, a fraction of numbers, or a power of numbers. */
  public static final Rule ARITHMETIC = new SimpleRule("arithmetic",
      "Carry out the arithmetic on the numbers.",
      AlgebraRules::arithmetic);

  private static Optional<Expr> arithmetic(Expr e) {
    if (e instanceof Mul m) {
      long numbers = m.factors().stream().filter(f -> Rational.valueOf(f).isPresent()).count();
      boolean negated = m.factors().stream().anyMatch(f -> f instanceof Neg);
      if (numbers >= 2 || (numbers == 1 && negated)) return Optional.of(Term.of(m).toExpr());
      return Optional.empty();
    }
    if (e instanceof Div d) {
      var a = Rational.valueOf(d.num());
      var b = Rational.valueOf(d.den());
      if (a.isPresent() && b.isPresent() && !b.get().isZero()) {
        Expr folded = a.get().divide(b.get()).toExpr();
        return folded.equals(Tidy.clean(e)) ? Optional.empty() : Optional.of(folded);
      }
      return Optional.empty();
    }
    if (e instanceof Pow p) {
      if (p.exp() instanceof Num n && n.isZero()) return Optional.of(Num.ONE);
      if (p.base() instanceof Num n && n.isOne()) return Optional.of(Num.ONE);
      var b = Rational.valueOf(p.base());
      var x = Rational.valueOf(p.exp());
      if (b.isPresent() && x.isPresent() && x.get().isInteger() && x.get().num().abs().bitLength() < 8
          && !(b.get().isZero() && x.get().signum() <= 0)) {
        return Optional.of(power(b.get(), x.get().num().intValueExact()).toExpr());
      }
    }
    return Optional.empty();
  }

  private static Rational power(Rational b, int n) {
    Rational r = Rational.ONE;
    for (int i = 0; i < Math.abs(n); i++) r = r.multiply(b);
    return n < 0 ? Rational.ONE.divide(r) : r;
  }

  /** Adds the terms of a sum that differ only in their numeric coefficient (numbers are like terms too). */
  public static final Rule COLLECT = new SimpleRule("collect",
      "Collect like terms.",
      AlgebraRules::collect);

  private static Optional<Expr> collect(Expr e) {
    if (!(e instanceof Add a)) return Optional.empty();
    Map<String, Term> groups = new LinkedHashMap<>();
    boolean merged = false;
    for (Expr t : a.terms()) {
      Term term = Term.of(t);
      String key = term.isNumber() ? "" : Ac.key(term.rest());
      Term before = groups.get(key);
      if (before != null) {
        merged = true;
        groups.put(key, before.withCoef(before.coef().add(term.coef())));
      } else {
        groups.put(key, term);
      }
    }
    if (!merged) return Optional.empty();
    var out = new ArrayList<Expr>();
    for (Term t : groups.values()) if (!t.coef().isZero()) out.add(t.toExpr());
    return Optional.of(Exprs.sum(out));
  }

  /** Multiplies out the products of sums (and the negated sums) that are terms of a sum. */
  public static final Rule EXPAND = new SimpleRule("expand",
      "Multiply out the brackets.",
      AlgebraRules::expand);

  private static Optional<Expr> expand(Expr e) {
    if (e instanceof Neg n && n.arg() instanceof Add inner) {
      return Optional.of(new Add(inner.terms().stream().map(t -> Term.of(t).withCoef(Term.of(t).coef().negate())
          .toExpr()).toList()));
    }
    if (!(e instanceof Add a)) return Optional.empty();
    boolean any = false;
    var out = new ArrayList<Expr>();
    for (Expr t : a.terms()) {
      Term term = Term.of(t);
      boolean hasSum = term.factors().stream().anyMatch(f -> f instanceof Add);
      if (!hasSum) {
        out.add(t);
        continue;
      }
      any = true;
      out.addAll(distribute(term));
    }
    return any ? Optional.of(new Add(out)) : Optional.empty();
  }

  /** Multiplies out a product that has a sum as a factor (a search move: the greedy rules expand only in sums). */
  public static final Rule DISTRIBUTE = new SimpleRule("expand",
      "Multiply out the brackets.",
      e -> e instanceof Mul m && m.factors().stream().anyMatch(f -> f instanceof Add)
          ? Optional.of(new Add(distribute(Term.of(m)))) : Optional.empty());

  /** The terms of a product of sums, multiplied out. */
  static List<Expr> distribute(Term term) {
    List<Term> partial = List.of(new Term(term.coef(), List.of()));
    for (Expr f : term.factors()) {
      List<Term> pieces = f instanceof Add s ? s.terms().stream().map(Term::of).toList() : List.of(Term.of(f));
      var next = new ArrayList<Term>();
      for (Term p : partial) {
        for (Term q : pieces) {
          var fs = new ArrayList<Expr>(p.factors());
          fs.addAll(q.factors());
          next.add(new Term(p.coef().multiply(q.coef()), fs));
        }
      }
      partial = next;
    }
    return partial.stream().map(Term::toExpr).toList();
  }

  /** {@code a a -> a^2}, {@code a^2 a -> a^3} (numeric exponents; powers of e are {@code exp-product}). */
  public static final Rule PRODUCT_TO_POWER = new SimpleRule("product-to-power",
      "Equal factors multiply to a power: a a = a^2.",
      AlgebraRules::productToPower);

  private static Optional<Expr> productToPower(Expr e) {
    if (!(e instanceof Mul m)) return Optional.empty();
    Map<String, Expr> bases = new LinkedHashMap<>();
    Map<String, Rational> exps = new LinkedHashMap<>();
    var order = new ArrayList<Object>();
    boolean merged = false;
    for (Expr f : m.factors()) {
      Expr base = f;
      Rational n = Rational.ONE;
      if (f instanceof Pow p && Rational.valueOf(p.exp()).isPresent()) {
        base = p.base();
        n = Rational.valueOf(p.exp()).get();
      }
      if (Rational.valueOf(base).isPresent() || base.equals(Const.E)) {
        order.add(f);
        continue;
      }
      String key = Ac.key(base);
      if (exps.containsKey(key)) {
        merged = true;
        exps.put(key, exps.get(key).add(n));
      } else {
        bases.put(key, base);
        exps.put(key, n);
        order.add(key);
      }
    }
    if (!merged) return Optional.empty();
    var out = new ArrayList<Expr>();
    for (Object o : order) {
      if (o instanceof Expr x) {
        out.add(x);
        continue;
      }
      Rational n = exps.get((String) o);
      if (n.isZero()) continue;
      out.add(n.isOne() ? bases.get(o) : new Pow(bases.get(o), n.toExpr()));
    }
    return Optional.of(Exprs.product(out));
  }
}
