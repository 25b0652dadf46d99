package derivcheck.index;

import derivcheck.rules.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The normal form of an entry: a sum of terms with rational coefficients, terms in canonical form (binders renamed),
 * like terms combined. Immutable. Two entries whose normal forms have the same {@link #key} are equal (for every
 * value of the unknowns where both are defined).
 */
public final class Poly {
  private final TreeMap<String, Term> terms;
  private final TreeMap<String, Rational> coefficients;

  private Poly(TreeMap<String, Term> terms, TreeMap<String, Rational> coefficients) {
    this.terms = terms;
    this.coefficients = coefficients;
  }

  public static Poly zero() {
    return new Poly(new TreeMap<>(), new TreeMap<>());
  }

  public static Poly constant(Rational c) {
    return term(Term.one(), c);
  }

  public static Poly of(Factor f) {
    return term(Term.of(f, 1), Rational.ONE);
  }

  static Poly term(Term t, Rational c) {
    var p = new Builder();
    p.add(t, c);
    return p.build();
  }

  /** An index expression used as a number: the sum of its atoms, each a {@link Factor.Value}. */
  public static Poly ofIx(Ix e) {
    var b = new Builder();
    b.add(Term.one(), Rational.of(e.constantPart()));
    for (var t : e.terms()) b.add(Term.of(new Factor.Value(Ix.of(t.getKey(), 1)), 1), Rational.of(t.getValue()));
    return b.build();
  }

  public boolean isZero() {
    return terms.isEmpty();
  }

  public List<Map.Entry<Term, Rational>> terms() {
    var out = new ArrayList<Map.Entry<Term, Rational>>();
    terms.forEach((k, t) -> out.add(Map.entry(t, coefficients.get(k))));
    return out;
  }

  /** The constant, if the form is one. */
  public java.util.Optional<Rational> asConstant() {
    if (terms.isEmpty()) return java.util.Optional.of(Rational.ZERO);
    if (terms.size() == 1 && terms.firstKey().equals(Term.one().key())) {
      return java.util.Optional.of(coefficients.firstEntry().getValue());
    }
    return java.util.Optional.empty();
  }

  public Poly plus(Poly o) {
    var b = new Builder(this);
    o.terms.forEach((k, t) -> b.add(t, o.coefficients.get(k)));
    return b.build();
  }

  public Poly scale(Rational c) {
    var b = new Builder();
    terms.forEach((k, t) -> b.add(t, coefficients.get(k).multiply(c)));
    return b.build();
  }

  public Poly negate() {
    return scale(Rational.of(-1));
  }

  public Poly minus(Poly o) {
    return plus(o.negate());
  }

  public Poly times(Poly o) {
    var b = new Builder();
    terms.forEach((k, t) -> o.terms.forEach((k2, t2) ->
        b.add(t.times(t2), coefficients.get(k).multiply(o.coefficients.get(k2)))));
    return b.build();
  }

  /** An integer power; a negative one of a single product without sums inverts it, of anything else keeps a base. */
  public Poly pow(int k) {
    if (k == 0) return constant(Rational.ONE);
    if (k < 0) {
      if (terms.size() == 1 && terms.firstEntry().getValue().binders.isEmpty()) {
        Rational c = coefficients.firstEntry().getValue();
        Term inv = terms.firstEntry().getValue().inverse();
        Rational ci = Rational.ONE.divide(c);
        Rational r = Rational.ONE;
        for (int x = 0; x < -k; x++) r = r.multiply(ci);
        Poly base = term(inv, Rational.ONE);
        Poly out = constant(r);
        for (int x = 0; x < -k; x++) out = out.times(base);
        return out;
      }
      if (isZero()) throw new ArithmeticException("division by zero");
      return term(Term.of(new Factor.Base(this), k), Rational.ONE);
    }
    Poly out = constant(Rational.ONE);
    for (int x = 0; x < k; x++) out = out.times(this);
    return out;
  }

  /** {@code sum_{var = lo}^{hi} this}. */
  public Poly sum(String var, Facts.Range range) {
    var b = new Builder();
    terms.forEach((k, t) -> b.add(t.withBinder(var, range), coefficients.get(k)));
    return b.build();
  }

  public Poly substitute(String var, Ix value) {
    var b = new Builder();
    terms.forEach((k, t) -> b.add(t.substitute(var, value), coefficients.get(k)));
    return b.build();
  }

  public Poly mapIx(UnaryOperator<Ix> f) {
    var b = new Builder();
    terms.forEach((k, t) -> {
      var bind = new java.util.LinkedHashMap<String, Facts.Range>();
      t.binders.forEach((v, r) -> bind.put(v, new Facts.Range(f.apply(r.lo()), f.apply(r.hi()))));
      b.add(t.rebuild(bind, g -> g.mapIx(f)), coefficients.get(k));
    });
    return b.build();
  }

  public boolean mentions(String var) {
    for (Term t : terms.values()) if (t.mentions(var)) return true;
    return false;
  }

  public String key() {
    if (terms.isEmpty()) return "0";
    var sb = new StringBuilder();
    terms.forEach((k, t) -> {
      if (sb.length() > 0) sb.append(" + ");
      Rational c = coefficients.get(k);
      if (!c.isOne()) sb.append(c).append("*");
      sb.append(k);
    });
    return sb.toString();
  }

  @Override
  public String toString() {
    return key();
  }

  /** Collects terms, combining like ones (after canonical renaming) and dropping zeros. */
  static final class Builder {
    private final TreeMap<String, Term> terms = new TreeMap<>();
    private final TreeMap<String, Rational> coefficients = new TreeMap<>();

    Builder() {}

    Builder(Poly p) {
      terms.putAll(p.terms);
      coefficients.putAll(p.coefficients);
    }

    Builder add(Term t, Rational c) {
      if (c.isZero()) return this;
      Term canon = t.canonical();
      String k = canon.key();
      Rational sum = coefficients.getOrDefault(k, Rational.ZERO).add(c);
      if (sum.isZero()) {
        terms.remove(k);
        coefficients.remove(k);
      } else {
        terms.put(k, canon);
        coefficients.put(k, sum);
      }
      return this;
    }

    Builder addAll(Poly p, Rational scale) {
      p.terms.forEach((k, t) -> add(t, p.coefficients.get(k).multiply(scale)));
      return this;
    }

    Poly build() {
      return new Poly(new TreeMap<>(terms), new TreeMap<>(coefficients));
    }
  }
}
