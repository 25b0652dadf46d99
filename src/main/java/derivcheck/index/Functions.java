package derivcheck.index;

import derivcheck.rules.Rational;
import java.util.List;

/**
 * Scalar functions in the normal form. {@code exp} of a sum is the product of the exps of its terms
 * ({@code e^{a + 2b} = e^a (e^b)^2}), so that exponentials written either way get the same form; every other
 * function stays a factor of its (normalized) arguments.
 */
final class Functions {
  private Functions() {}

  static final String EXP = "exp";

  static Poly apply(String name, List<Poly> args) {
    if (name.equals(EXP) && args.size() == 1) return exp(args.get(0));
    return Poly.of(new Factor.Fn(name, args));
  }

  /** Whether {@link #apply} would write this factor differently. */
  static boolean splits(Factor.Fn fn) {
    if (!fn.name().equals(EXP) || fn.args().size() != 1) return false;
    var terms = fn.args().get(0).terms();
    if (terms.size() > 1) return true;
    if (terms.isEmpty()) return true;
    Rational c = terms.get(0).getValue();
    return c.isInteger() && !c.isOne() && c.abs().compareTo(Rational.of(50)) <= 0;
  }

  static Poly exp(Poly arg) {
    if (arg.isZero()) return Poly.constant(Rational.ONE);
    Poly out = Poly.constant(Rational.ONE);
    for (var t : arg.terms()) {
      Rational c = t.getValue();
      Poly single = Poly.term(t.getKey(), Rational.ONE);
      if (c.isInteger() && c.abs().compareTo(Rational.of(50)) <= 0) {
        out = out.times(Poly.of(new Factor.Fn(EXP, List.of(single))).pow(c.num().intValueExact()));
      } else {
        out = out.times(Poly.of(new Factor.Fn(EXP, List.of(Poly.term(t.getKey(), c)))));
      }
    }
    return out;
  }
}
