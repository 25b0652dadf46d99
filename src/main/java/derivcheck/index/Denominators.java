package derivcheck.index;

import derivcheck.rules.Rational;


/**
 * Rules for sums kept whole as denominators ({@link Factor.Base}):
 * <ul>
 *   <li>content: {@code P = c g^e P'} where c is the coefficient of P's first term and g^e a factor every term has
 *       outside its sums ({@code sum_k e^{x_k} e^c = e^c sum_k e^{x_k}}), so that equal denominators written with
 *       different constants out front get the same form;
 *   <li>recombination: terms {@code sum_k F_m(k) G} with the same factors G outside their sums, G holding
 *       {@code P^{-e}}, whose sums add up to {@code c P}, are {@code c P^{1-e} G'} ({@code sum_k e^{x_k} / sum_j
 *       e^{x_j} = 1}).
 * </ul>
 */
final class Denominators {
  private Denominators() {}

  /** The content {@code c g^e} of a sum, or null when it is 1. */
  static Poly content(Poly p) {
    var terms = p.terms();
    if (terms.isEmpty()) return null;
    Rational c = terms.get(0).getValue();
    Term common = Term.one();
    Term first = terms.get(0).getKey();
    for (var fe : first.factors()) {
      Factor g = fe.getKey();
      if (mentionsBinder(g, first)) continue;
      int e = fe.getValue();
      for (var other : terms) {
        Term t = other.getKey();
        Integer x = t.exps.get(g.key());
        if (x == null || mentionsBinder(g, t) || Integer.signum(x) != Integer.signum(e)) {
          e = 0;
          break;
        }
        e = e > 0 ? Math.min(e, x) : Math.max(e, x);
      }
      if (e != 0) common = common.times(Term.of(g, e));
    }
    if (c.isOne() && common.key().equals(Term.one().key())) return null;
    return Poly.term(common, c);
  }

  private static boolean mentionsBinder(Factor g, Term t) {
    for (String b : t.binders.keySet()) if (g.mentions(b)) return true;
    return false;
  }

  /** The terms with sums that add up to a multiple of a denominator they share, recombined; or p unchanged. */
  static Poly recombine(Poly p, java.util.Set<String> used) {
    var groups = new java.util.LinkedHashMap<String, Poly>();
    var outsides = new java.util.LinkedHashMap<String, Term>();
    var rest = Poly.zero();
    for (var e : p.terms()) {
      Term t = e.getKey();
      if (t.binders.isEmpty()) {
        rest = rest.plus(Poly.term(t, e.getValue()));
        continue;
      }
      Term outside = Term.one();
      var insideFactors = new java.util.TreeMap<String, Factor>();
      var insideExps = new java.util.TreeMap<String, Integer>();
      for (var fe : t.factors()) {
        if (mentionsBinder(fe.getKey(), t)) {
          insideFactors.put(fe.getKey().key(), fe.getKey());
          insideExps.put(fe.getKey().key(), fe.getValue());
        } else {
          outside = outside.times(Term.of(fe.getKey(), fe.getValue()));
        }
      }
      Term inside = new Term(t.binders, insideFactors, insideExps);
      String k = outside.key();
      outsides.put(k, outside);
      groups.merge(k, Poly.term(inside, e.getValue()), Poly::plus);
    }
    boolean changed = false;
    Poly out = rest;
    for (var g : groups.entrySet()) {
      Term outside = outsides.get(g.getKey());
      Poly sum = g.getValue();
      Poly replaced = null;
      for (var fe : outside.factors()) {
        if (!(fe.getKey() instanceof Factor.Base base) || fe.getValue() >= 0 || sum.terms().isEmpty()
            || base.poly().terms().isEmpty()) {
          continue;
        }
        Rational ratio = sum.terms().get(0).getValue().divide(base.poly().terms().get(0).getValue());
        if (sum.key().equals(base.poly().scale(ratio).key())) {
          replaced = Poly.term(outside.times(Term.of(base, 1)), ratio);
          break;
        }
      }
      if (replaced != null) {
        changed = true;
        used.add("sums recombined with their denominator");
        out = out.plus(replaced);
      } else {
        out = out.plus(sum.times(Poly.term(outside, Rational.ONE)));
      }
    }
    return changed ? out : p;
  }

}
