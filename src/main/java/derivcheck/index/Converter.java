package derivcheck.index;

import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.rules.Rational;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a side of an {@link IndexClaim} into the normal form. Every entry of a vector or matrix read must be shown
 * to lie in its range for every value of the indices in scope (the sized expansion reads entries outside as 0; the
 * algebra does not, so such a claim is left to it). Indices of sums get fresh names.
 */
final class Converter {
  private final IndexClaim claim;
  private final Map<String, Facts.Range> entryFacts = new HashMap<>();

  Converter(IndexClaim claim) {
    this.claim = claim;
  }

  /** The facts of the claim: sizes at least their least values, free indices in their ranges. */
  Facts facts() {
    var ranges = new java.util.LinkedHashMap<String, Facts.Range>();
    claim.free().forEach((v, r) -> ranges.put(v, new Facts.Range(ix(r.lo(), Map.of()), ix(r.hi(), Map.of()))));
    for (var en : claim.sizes().entrySet()) {
      if (en.getValue() < 1) throw new Unsupported("a size may be below 1");
    }
    return new Facts(claim.sizes(), ranges);
  }

  Poly poly(Expr e, Facts f, Map<String, String> bound) {
    if (e instanceof Num n) return Poly.constant(Rational.of(n.value()));
    if (e instanceof Const c) {
      if (c.kind() == Const.Kind.E) return Functions.exp(Poly.constant(Rational.ONE));
      return Poly.of(new Factor.Entry("const:" + c.kind(), List.of()));
    }
    if (e instanceof Var v) {
      if (isInteger(v, bound)) return Poly.ofIx(ix(v, bound));
      if (claim.entryRanges().containsKey(v.name())) throw new Unsupported(v.name() + " used as a whole");
      return Poly.of(new Factor.Entry(v.name(), List.of()));
    }
    if (e instanceof Indexed ix) return Poly.of(entry(ix, f, bound));
    if (e instanceof Neg n) return poly(n.arg(), f, bound).negate();
    if (e instanceof Add a) {
      Poly out = Poly.zero();
      for (Expr t : a.terms()) out = out.plus(poly(t, f, bound));
      return out;
    }
    if (e instanceof Mul m) {
      Poly out = Poly.constant(Rational.ONE);
      for (Expr t : m.factors()) out = out.times(poly(t, f, bound));
      return out;
    }
    if (e instanceof Div d) return poly(d.num(), f, bound).times(reciprocal(d.den(), f, bound));
    if (e instanceof Pow p) {
      if (p.base() instanceof Const c && c.kind() == Const.Kind.E) return Functions.exp(poly(p.exp(), f, bound));
      if (p.exp() instanceof Num k && k.isInteger() && k.value().abs().intValue() <= 50) {
        return poly(p.base(), f, bound).pow(k.value().intValue());
      }
      return Poly.of(new Factor.Fn("pow", List.of(poly(p.base(), f, bound), poly(p.exp(), f, bound))));
    }
    if (e instanceof Call c && c.primes() == 0) {
      var args = new ArrayList<Poly>();
      for (Expr a : c.args()) args.add(poly(a, f, bound));
      String name = c.fn().equals("\\exp") ? Functions.EXP : c.fn();
      return Functions.apply(name, args);
    }
    if (e instanceof Indicator ind && ind.condition() instanceof Compare cmp && isOrder(cmp)) {
      return Poly.constant(order(cmp, f, bound) ? Rational.ONE : Rational.ZERO);
    }
    if (e instanceof Indicator ind && ind.condition() instanceof Compare cmp && cmp.terms().size() == 2) {
      Ix d = ix(cmp.terms().get(0), bound).minus(ix(cmp.terms().get(1), bound));
      Poly eq = Poly.of(new Factor.Indicator(d, null));
      if (cmp.relations().get(0) == Relation.EQ) return eq;
      if (cmp.relations().get(0) == Relation.NE) return Poly.constant(Rational.ONE).minus(eq);
      throw new Unsupported("an indicator of '" + cmp.relations().get(0).latex() + "'");
    }
    if (e instanceof Infix inf && inf.op() == Infix.Op.MOD) return Poly.ofIx(ix(e, bound));
    if (e instanceof BigOp b && b.kind() == BigOp.Kind.SUM && b.lower() != null && b.upper() != null) {
      String k = Term.fresh();
      var range = new Facts.Range(ix(b.lower(), bound), ix(b.upper(), bound));
      var inner = new HashMap<>(bound);
      inner.put(b.index().name(), k);
      return poly(b.body(), f.with(k, range), inner).sum(k, range);
    }
    if (e instanceof Deriv d && d.order() == 1) {
      Poly body = poly(d.body(), f, bound);
      Factor.Entry wrt;
      if (d.var() instanceof Indexed ix) wrt = entry(ix, f, bound);
      else if (d.var() instanceof Var v && !isInteger(v, bound) && !claim.entryRanges().containsKey(v.name())) {
        wrt = new Factor.Entry(v.name(), List.of());
      } else {
        throw new Unsupported("a derivative with respect to " + d.var());
      }
      return Derivatives.of(body, wrt);
    }
    throw new Unsupported("no index algebra for " + e.getClass().getSimpleName());
  }

  /** {@code 1/den}; a power of a sum stays a power of the same sum ({@code (sum_k e^{x_k})^{-2}}). */
  private Poly reciprocal(Expr den, Facts f, Map<String, String> bound) {
    if (den instanceof Pow p && p.exp() instanceof Num k && k.isInteger() && k.value().abs().intValue() <= 50
        && !(p.base() instanceof Const)) {
      return reciprocal(p.base(), f, bound).pow(k.value().intValue());
    }
    if (den instanceof Mul m) {
      Poly out = Poly.constant(Rational.ONE);
      for (Expr t : m.factors()) out = out.times(reciprocal(t, f, bound));
      return out;
    }
    return poly(den, f, bound).pow(-1);
  }

  private static boolean isOrder(Compare c) {
    for (Relation r : c.relations()) {
      if (r != Relation.LE && r != Relation.LT && r != Relation.GE && r != Relation.GT) return false;
    }
    return true;
  }

  /** The value of an order between indices, when it is shown true or false for every value in scope. */
  private boolean order(Compare c, Facts f, Map<String, String> bound) {
    boolean all = true;
    for (int k = 0; k < c.relations().size(); k++) {
      Ix a = ix(c.terms().get(k), bound);
      Ix b = ix(c.terms().get(k + 1), bound);
      Relation r = c.relations().get(k);
      Ix d = r == Relation.LE || r == Relation.LT ? b.minus(a) : a.minus(b); // holds iff d >= 0 (or > 0)
      if (r == Relation.LT || r == Relation.GT) d = d.plus(-1);
      if (f.nonNegative(d)) continue;
      if (f.nonNegative(d.negate().plus(-1))) {
        all = false;
        continue;
      }
      throw new Unsupported("an order between indices that depends on their values");
    }
    return all;
  }

  private Factor.Entry entry(Indexed ix, Facts f, Map<String, String> bound) {
    if (!(ix.base() instanceof Var base)) throw new Unsupported("an entry of an expression");
    var idx = new ArrayList<Ix>();
    for (Expr i : ix.indices()) idx.add(ix(i, bound));
    var ranges = claim.entryRanges().get(base.name());
    if (ranges == null) {
      // a family of scalars: one unknown per integer subscript, no range to respect
      for (int k = 0; k < idx.size(); k++) idx.set(k, Mods.normalize(idx.get(k), f));
      return new Factor.Entry(base.name(), idx);
    }
    if (ranges.size() != idx.size()) throw new Unsupported(base.name() + " takes " + ranges.size() + " subscripts");
    for (int k = 0; k < idx.size(); k++) {
      Ix lo = ix(ranges.get(k).lo(), Map.of());
      Ix hi = ix(ranges.get(k).hi(), Map.of());
      Ix at = Mods.normalize(idx.get(k), f);
      if (!f.within(at, lo, hi)) throw new Unsupported("the subscript " + at + " of " + base.name() + " may fall outside");
      idx.set(k, at);
    }
    return new Factor.Entry(base.name(), idx);
  }

  private boolean isInteger(Var v, Map<String, String> bound) {
    return bound.containsKey(v.name()) || claim.sizes().containsKey(v.name()) || claim.free().containsKey(v.name());
  }

  /** An integer index expression: sizes, indices, integers, sums, integer multiples, {@code \bmod} a size. */
  Ix ix(Expr e, Map<String, String> bound) {
    if (e instanceof Num n) {
      if (!n.isInteger()) throw new Unsupported("a non-integer index");
      return Ix.constant(n.value().longValueExact());
    }
    if (e instanceof Var v) {
      if (bound.containsKey(v.name())) return Ix.var(bound.get(v.name()));
      if (isInteger(v, bound)) return Ix.var(v.name());
      throw new Unsupported(v.name() + " is not an index or size");
    }
    if (e instanceof Neg n) return ix(n.arg(), bound).negate();
    if (e instanceof Add a) {
      Ix out = Ix.constant(0);
      for (Expr t : a.terms()) out = out.plus(ix(t, bound));
      return out;
    }
    if (e instanceof Mul m) {
      long k = 1;
      Ix var = null;
      for (Expr t : m.factors()) {
        Ix x = ix(t, bound);
        if (x.isConstant()) k = Math.multiplyExact(k, x.constantPart());
        else if (var == null) var = x;
        else throw new Unsupported("a product of indices");
      }
      return var == null ? Ix.constant(k) : var.times(k);
    }
    if (e instanceof Infix inf && inf.op() == Infix.Op.MOD && inf.rhs() instanceof Var n
        && claim.sizes().containsKey(n.name())) {
      return Ix.of(new Ix.ModAtom(ix(inf.lhs(), bound), n.name()), 1);
    }
    throw new Unsupported("not an index expression: " + e.getClass().getSimpleName());
  }
}
