package derivcheck.index;

import derivcheck.rules.Rational;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * Brings a normal form to its simplest shape under what is known of the indices ({@link Facts}), term by term:
 * index expressions and indicators by {@link Mods}; numbers that are integer constants folded into the coefficient;
 * delta elimination; sums whose summand does not depend on their index counted. The names of the rules that
 * changed something are collected in {@code used}.
 *
 * <p>Delta elimination: {@code sum_{k=lo}^{hi} [k = e] F(k) = F(e)} provided {@code lo <= e <= hi} is shown (and
 * {@code = 0} when e is shown outside); {@code sum_{k=lo}^{hi} [s k + r = 0 mod n] F(k) = F(((-s r - lo) mod n) +
 * lo)} provided the range has exactly n values ({@code hi - lo + 1 = n}), as then exactly one k in it solves the
 * congruence. Counting: {@code sum_{k=lo}^{hi} F = (hi - lo + 1) F} when F does not mention k and
 * {@code hi - lo + 1 >= 0} is shown.
 */
final class Simplifier {
  static final int MAX_ROUNDS = 40;

  private final Set<String> used;

  Simplifier(Set<String> used) {
    this.used = used;
  }

  Poly simplify(Poly p, Facts f) {
    var b = new Poly.Builder();
    for (var e : p.terms()) b.addAll(term(e.getKey(), f), e.getValue());
    return b.build();
  }

  /** One term, simplified, as a normal form (it may split into several terms or vanish). */
  Poly term(Term t, Facts outer) {
    Rational c = Rational.ONE;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Facts f = outer;
      for (var en : t.binders.entrySet()) f = f.with(en.getKey(), en.getValue());
      Facts inner = f;
      // index expressions, in the binders' ranges and in the factors
      var bind = new java.util.LinkedHashMap<String, Facts.Range>();
      for (var en : t.binders.entrySet()) {
        Facts without = inner.without(en.getKey());
        bind.put(en.getKey(), new Facts.Range(Mods.normalize(en.getValue().lo(), without),
            Mods.normalize(en.getValue().hi(), without)));
      }
      Term next = t.rebuild(bind, g -> factor(g, inner));
      if (!next.key().equals(t.key())) used.add("mod n normalization");
      t = next;
      // indicators, constants, numbers
      boolean changed = false;
      for (var en : t.factors().toArray(new Map.Entry[0])) {
        Factor g = (Factor) en.getKey();
        int x = (Integer) en.getValue();
        if (g instanceof Factor.Indicator ind) {
          if (x < 0) throw new Unsupported("division by an indicator");
          long[] value = {-1};
          var canon = Mods.indicator(ind, inner, value);
          if (canon.isEmpty()) {
            if (value[0] == 0) return Poly.zero();
            t = t.withoutFactor(g.key());
            changed = true;
          } else if (!canon.get().key().equals(g.key()) || x != 1) {
            t = t.withoutFactor(g.key()).times(Term.of(canon.get(), 1));
            changed = true;
          }
        } else if (g instanceof Factor.Value v) {
          if (v.value().isConstant()) {
            long k = v.value().constantPart();
            if (k == 0 && x < 0) throw new Unsupported("division by zero");
            c = c.multiply(power(Rational.of(k), x));
            t = t.withoutFactor(g.key());
            changed = true;
          } else if (v.value().terms().size() > 1 || v.value().constantPart() != 0) {
            if (x < 0) continue;
            Poly expanded = Poly.ofIx(v.value()).pow(x).times(Poly.term(t.withoutFactor(g.key()), c));
            return simplify(expanded, outer);
          }
        } else if (g instanceof Factor.Fn fn && Functions.splits(fn)) {
          Poly product = Functions.apply(fn.name(), fn.args()).pow(x);
          return simplify(product.times(Poly.term(t.withoutFactor(g.key()), c)), outer);
        } else if (g instanceof Factor.Base base) {
          var k = base.poly().asConstant();
          if (k.isPresent()) {
            if (k.get().isZero()) throw new Unsupported("division by zero");
            c = c.multiply(power(k.get(), x));
            t = t.withoutFactor(g.key());
            changed = true;
          } else if (x > 0) {
            return simplify(base.poly().pow(x).times(Poly.term(t.withoutFactor(g.key()), c)), outer);
          } else {
            Poly content = Denominators.content(base.poly());
            if (content != null) {
              used.add("common factors out of a denominator");
              Poly rest = Poly.term(t.withoutFactor(g.key()), c);
              Poly reduced = base.poly().times(content.pow(-1));
              Poly replaced = content.pow(x).times(Poly.term(Term.of(new Factor.Base(simplify(reduced, inner)), x),
                  Rational.ONE));
              return simplify(replaced.times(rest), outer);
            }
          }
        }
      }
      if (changed) continue;
      Poly eliminated = eliminate(t, c, outer);
      if (eliminated != null) return eliminated;
      Poly counted = count(t, c, outer);
      if (counted != null) return counted;
      break;
    }
    return Poly.term(t, c);
  }

  private Factor factor(Factor g, Facts f) {
    if (g instanceof Factor.Fn fn) {
      var args = new ArrayList<Poly>();
      for (Poly a : fn.args()) args.add(simplify(a, f));
      return new Factor.Fn(fn.name(), args);
    }
    if (g instanceof Factor.Base b) return new Factor.Base(simplify(b.poly(), f));
    return g.mapIx(i -> Mods.normalize(i, f));
  }

  /** Delta elimination on one binder, or null. */
  private Poly eliminate(Term t, Rational c, Facts outer) {
    for (var en : t.binders.entrySet()) {
      String k = en.getKey();
      Facts.Range r = en.getValue();
      Facts others = outer;
      for (var o : t.binders.entrySet()) if (!o.getKey().equals(k)) others = others.with(o.getKey(), o.getValue());
      for (var fe : t.factors()) {
        if (!(fe.getKey() instanceof Factor.Indicator ind)) continue;
        long s = ind.d().coefficientOf(k);
        if (Math.abs(s) != 1 || ind.d().mentionsInsideMod(k)) continue;
        Ix rest = ind.d().minus(Ix.var(k).times(s));
        Ix value;
        if (ind.modulus() == null) {
          value = rest.times(-s);
          if (!others.within(value, r.lo(), r.hi())) {
            if (others.outside(value, r.lo(), r.hi())) {
              used.add("delta elimination");
              return Poly.zero();
            }
            continue;
          }
        } else {
          String n = ind.modulus();
          if (!r.hi().minus(r.lo()).plus(1).equals(Ix.var(n))) continue;
          value = Ix.of(new Ix.ModAtom(rest.times(-s).minus(r.lo()), n), 1).plus(r.lo());
        }
        used.add("delta elimination");
        Term u = t.withoutFactor(ind.key()).withoutBinder(k).substituteUnder(k, value);
        return simplify(Poly.term(u, c), outer);
      }
    }
    return null;
  }

  /** A sum whose summand does not mention its index: the count of its range times the summand; or null. */
  private Poly count(Term t, Rational c, Facts outer) {
    for (var en : t.binders.entrySet()) {
      String k = en.getKey();
      if (t.withoutBinder(k).mentions(k)) continue;
      Facts others = outer;
      for (var o : t.binders.entrySet()) if (!o.getKey().equals(k)) others = others.with(o.getKey(), o.getValue());
      Ix length = en.getValue().hi().minus(en.getValue().lo()).plus(1);
      if (!others.nonNegative(length)) continue;
      used.add("sums of constants counted");
      Poly rest = Poly.term(t.withoutBinder(k), c);
      return simplify(Poly.ofIx(length).times(rest), outer);
    }
    return null;
  }

  static Rational power(Rational r, int x) {
    Rational out = Rational.ONE;
    Rational b = x < 0 ? Rational.ONE.divide(r) : r;
    for (int k = 0; k < Math.abs(x); k++) out = out.multiply(b);
    return out;
  }
}
