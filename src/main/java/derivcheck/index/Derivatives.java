package derivcheck.index;

import derivcheck.rules.Rational;
import java.util.List;

/**
 * The derivative of a normal form with respect to one entry {@code x_J}, by the product rule and the chain rule:
 * {@code d x_I / d x_J = prod_p [I_p = J_p]} (the indices compared as integers), other entries and numbers are
 * constants, sums are differentiated under the sum sign (finite sums), {@code d e^u = e^u du},
 * {@code d ln u = du / u}, {@code d B^k = k B^{k-1} dB}, {@code d sigma(u) = sigma(u)(1 - sigma(u)) du},
 * {@code d tanh(u) = (1 - tanh(u)^2) du}, {@code d softplus(u) = sigma(u) du}. Any other function is not differentiated here.
 */
final class Derivatives {
  private Derivatives() {}

  static final String SIGMA = "\\sigma";
  static final String TANH = "\\tanh";
  static final String SOFTPLUS = "\\operatorname{softplus}";

  static Poly of(Poly p, Factor.Entry wrt) {
    Poly out = Poly.zero();
    for (var e : p.terms()) out = out.plus(term(e.getKey(), wrt).scale(e.getValue()));
    return out;
  }

  private static Poly term(Term t, Factor.Entry wrt) {
    for (var b : t.binders.keySet()) {
      for (Ix i : wrt.indices()) if (i.mentions(b)) throw new Unsupported("a bound index in the variable");
    }
    Poly out = Poly.zero();
    for (var fe : t.factors()) {
      Factor g = fe.getKey();
      int x = fe.getValue();
      Poly dg = factor(g, wrt);
      if (dg.isZero()) continue;
      Term rest = t.withoutFactor(g.key());
      Term restBinders = rest; // binders stay on the rest
      Poly lower = Poly.term(Term.of(g, x - 1), Rational.of(x));
      // the binders of t sit on rest; dg and lower mention them freely, so they multiply inside the sum
      Poly inner = lower.times(dg);
      out = out.plus(sumOver(restBinders, inner));
    }
    return out;
  }

  /** {@code sum over t's binders of (t's factors) * inner}, where inner may mention t's binders. */
  private static Poly sumOver(Term t, Poly inner) {
    Term body = new Term(java.util.Map.of(), t.factors, t.exps);
    Poly product = Poly.term(body, Rational.ONE).times(inner);
    var names = new java.util.ArrayList<>(t.binders.keySet());
    for (int k = names.size() - 1; k >= 0; k--) product = product.sum(names.get(k), t.binders.get(names.get(k)));
    return product;
  }

  private static Poly factor(Factor g, Factor.Entry wrt) {
    if (g instanceof Factor.Entry e) {
      if (!e.name().equals(wrt.name()) || e.indices().size() != wrt.indices().size()) return Poly.zero();
      Poly out = Poly.constant(Rational.ONE);
      for (int k = 0; k < e.indices().size(); k++) {
        Ix d = e.indices().get(k).minus(wrt.indices().get(k));
        if (d.isConstant()) {
          if (d.constantPart() != 0) return Poly.zero();
          continue;
        }
        out = out.times(Poly.of(new Factor.Indicator(d, null)));
      }
      return out;
    }
    if (g instanceof Factor.Value || g instanceof Factor.Indicator) return Poly.zero();
    if (g instanceof Factor.Base b) return of(b.poly(), wrt);
    Factor.Fn fn = (Factor.Fn) g;
    boolean depends = false;
    for (Poly a : fn.args()) depends |= !of(a, wrt).isZero();
    if (!depends) return Poly.zero();
    if (fn.name().equals(Functions.EXP) && fn.args().size() == 1) {
      return Poly.of(fn).times(of(fn.args().get(0), wrt));
    }
    if ((fn.name().equals("\\ln") || fn.name().equals("\\log")) && fn.args().size() == 1) {
      return of(fn.args().get(0), wrt).times(fn.args().get(0).pow(-1));
    }
    if (fn.args().size() == 1) {
      Poly u = fn.args().get(0);
      Poly du = of(u, wrt);
      Poly one = Poly.constant(Rational.ONE);
      if (fn.name().equals(SIGMA)) return Poly.of(fn).times(one.minus(Poly.of(fn))).times(du);
      if (fn.name().equals(TANH)) return one.minus(Poly.of(fn).pow(2)).times(du);
      if (fn.name().equals(SOFTPLUS)) return Poly.of(new Factor.Fn(SIGMA, List.of(u))).times(du);
    }
    throw new Unsupported("the derivative of " + fn.name());
  }
}
