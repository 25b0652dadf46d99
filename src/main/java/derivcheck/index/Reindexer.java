package derivcheck.index;

import derivcheck.rules.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Reindexing a sum over a full residue range: when k runs over {@code lo..lo+n-1} (exactly n values), the map
 * {@code k -> ((s k + r - lo) mod n) + lo} with {@code s = +-1} is a bijection of that range onto itself, so
 * {@code sum_k F(k) = sum_k' F(((s (k' - r) - lo) mod n) + lo)}. For each term this tries the maps that turn a
 * remainder {@code (s k + r) mod n} written in it into the bare index, and keeps the form with the least key; terms
 * that are the same sum written with different index maps then get the same key. The map is applied only when no
 * other binder's range mentions k.
 */
final class Reindexer {
  private final Simplifier simplifier;
  private final java.util.Set<String> used;

  Reindexer(Simplifier simplifier, java.util.Set<String> used) {
    this.simplifier = simplifier;
    this.used = used;
  }

  Poly canonical(Poly p, Facts f) {
    var b = new Poly.Builder();
    for (var e : p.terms()) b.addAll(best(e.getKey(), f), e.getValue());
    return b.build();
  }

  private Poly best(Term t, Facts f) {
    Poly best = Poly.term(t, Rational.ONE);
    String bestKey = best.key();
    for (String k : t.binders.keySet()) {
      Facts.Range r = t.binders.get(k);
      boolean others = false;
      for (var o : t.binders.entrySet()) {
        if (!o.getKey().equals(k) && (o.getValue().lo().mentions(k) || o.getValue().hi().mentions(k))) others = true;
      }
      if (others) continue;
      for (Candidate c : candidates(t, k)) {
        Ix length = r.hi().minus(r.lo()).plus(1);
        if (!length.equals(Ix.var(c.modulus))) continue;
        String fresh = Term.fresh();
        // k = ((s (k' - r) - lo) mod n) + lo
        Ix value = Ix.of(new Ix.ModAtom(Ix.var(fresh).minus(c.rest).times(c.sign).minus(r.lo()), c.modulus), 1)
            .plus(r.lo());
        Term u = t.withoutBinder(k).substituteUnder(k, value).withBinder(fresh, r);
        Poly p;
        try {
          p = simplifier.simplify(Poly.term(u, Rational.ONE), f);
        } catch (Unsupported e) {
          continue;
        }
        String key = p.key();
        if (key.compareTo(bestKey) < 0) {
          best = p;
          bestKey = key;
          used.add("reindexing mod n");
        }
      }
    }
    return best;
  }

  private record Candidate(long sign, Ix rest, String modulus) {}

  private static List<Candidate> candidates(Term t, String k) {
    var out = new ArrayList<Candidate>();
    for (var fe : t.factors()) {
      List<Ix> ixs = new ArrayList<>();
      Factor g = fe.getKey();
      if (g instanceof Factor.Entry e) ixs.addAll(e.indices());
      else if (g instanceof Factor.Value v) ixs.add(v.value());
      else if (g instanceof Factor.Indicator ind) ixs.add(ind.d());
      for (Ix i : ixs) {
        for (var a : i.terms()) {
          if (!(a.getKey() instanceof Ix.ModAtom m)) continue;
          long s = m.arg().coefficientOf(k);
          if (Math.abs(s) != 1 || m.arg().mentionsInsideMod(k)) continue;
          out.add(new Candidate(s, m.arg().minus(Ix.var(k).times(s)), m.modulus()));
        }
      }
    }
    return out;
  }
}
