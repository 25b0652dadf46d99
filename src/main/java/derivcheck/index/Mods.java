package derivcheck.index;

import java.util.Optional;

/**
 * Rules on index expressions and indicators, each sound on its own:
 * <ul>
 *   <li>inside {@code (A) mod n}: an inner {@code (B) mod n} is B, a multiple of n is 0;
 *   <li>{@code (A) mod n = A} when {@code 0 <= A <= n - 1} is shown ({@code A - n} for {@code n..2n-1},
 *       {@code A + n} for {@code -n..-1});
 *   <li>{@code [s (A mod n) + R = 0]} with {@code v = -sR} shown in {@code 0..n-1} is {@code [A - v = 0 mod n]},
 *       and 0 when v is shown outside;
 *   <li>{@code [d = 0 mod n]} with {@code |d| <= n - 1} shown is {@code [d = 0]};
 *   <li>an indicator of a constant, or of a d shown non-zero, is 0 or 1.
 * </ul>
 */
final class Mods {
  private Mods() {}

  static Ix normalize(Ix e, Facts f) {
    Ix out = Ix.constant(e.constantPart());
    for (var t : e.terms()) {
      if (t.getKey() instanceof Ix.ModAtom m) {
        out = out.plus(remainder(normalize(m.arg(), f), m.modulus(), f).times(t.getValue()));
      } else {
        out = out.plus(Ix.of(t.getKey(), t.getValue()));
      }
    }
    return out;
  }

  /** {@code (a) mod n}, simplified. */
  static Ix remainder(Ix a, String n, Facts f) {
    Ix arg = reduce(a, n);
    Ix size = Ix.var(n);
    if (f.within(arg, Ix.constant(0), size.plus(-1))) return arg;
    if (f.within(arg, size, size.times(2).plus(-1))) return arg.minus(size);
    if (f.within(arg, size.negate(), Ix.constant(-1))) return arg.plus(size);
    return Ix.of(new Ix.ModAtom(arg, n), 1);
  }

  /** The argument of a remainder mod n, with inner remainders mod n and multiples of n taken out. */
  static Ix reduce(Ix a, String n) {
    Ix out = Ix.constant(a.constantPart());
    for (var t : a.terms()) {
      if (t.getKey() instanceof Ix.ModAtom m && m.modulus().equals(n)) out = out.plus(reduce(m.arg(), n).times(t.getValue()));
      else if (!(t.getKey() instanceof Ix.VarAtom v && v.name().equals(n))) out = out.plus(Ix.of(t.getKey(), t.getValue()));
    }
    return out;
  }

  /** The indicator in canonical form, or its value 0 or 1. */
  static Optional<Factor.Indicator> indicator(Factor.Indicator ind, Facts f, long[] value) {
    Ix d = normalize(ind.d(), f);
    if (ind.modulus() != null) {
      String n = ind.modulus();
      d = reduce(d, n);
      Ix size = Ix.var(n);
      if (d.isConstant()) {
        if (d.constantPart() == 0) return constant(1, value);
        if (f.nonNegative(size.plus(-1 - Math.abs(d.constantPart())))) return constant(0, value);
      }
      if (f.nonNegative(d.plus(size).plus(-1)) && f.nonNegative(size.plus(-1).minus(d))) {
        return indicator(new Factor.Indicator(d, null), f, value);
      }
      return Optional.of(new Factor.Indicator(signed(d), n));
    }
    if (d.isConstant()) return constant(d.constantPart() == 0 ? 1 : 0, value);
    if (f.nonNegative(d.plus(-1)) || f.nonNegative(d.negate().plus(-1))) return constant(0, value);
    for (var t : d.terms()) {
      if (t.getKey() instanceof Ix.ModAtom m && Math.abs(t.getValue()) == 1) {
        long s = t.getValue();
        Ix v = d.without(m).times(-s);
        Ix size = Ix.var(m.modulus());
        if (f.within(v, Ix.constant(0), size.plus(-1))) {
          return indicator(new Factor.Indicator(m.arg().minus(v), m.modulus()), f, value);
        }
        if (f.outside(v, Ix.constant(0), size.plus(-1))) return constant(0, value);
      }
    }
    return Optional.of(new Factor.Indicator(signed(d), null));
  }

  private static Optional<Factor.Indicator> constant(long v, long[] value) {
    value[0] = v;
    return Optional.empty();
  }

  /** d or -d, whichever has a positive first coefficient (both say the same). */
  static Ix signed(Ix d) {
    var terms = d.terms();
    if (!terms.isEmpty() && terms.get(0).getValue() < 0) return d.negate();
    if (terms.isEmpty() && d.constantPart() < 0) return d.negate();
    return d;
  }
}
