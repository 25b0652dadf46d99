package derivcheck.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An integer index expression: a constant plus integer multiples of atoms, each atom an index or size variable
 * ({@code i}, {@code n}) or a remainder {@code (A) mod n} with a size variable as modulus. Immutable; atoms are kept
 * in a canonical order, so equal expressions print alike and {@link #key} decides equality.
 */
public final class Ix {
  /** A variable, or a remainder {@code arg mod modulus}. */
  public sealed interface Atom permits VarAtom, ModAtom {
    String key();
  }

  public record VarAtom(String name) implements Atom {
    public String key() {
      return name;
    }
  }

  public record ModAtom(Ix arg, String modulus) implements Atom {
    public String key() {
      return "(" + arg.key() + ")%" + modulus;
    }
  }

  private final TreeMap<String, Atom> atoms;
  private final TreeMap<String, Long> coefficients;
  private final long constant;

  private Ix(TreeMap<String, Atom> atoms, TreeMap<String, Long> coefficients, long constant) {
    this.atoms = atoms;
    this.coefficients = coefficients;
    this.constant = constant;
  }

  public static Ix constant(long c) {
    return new Ix(new TreeMap<>(), new TreeMap<>(), c);
  }

  public static Ix var(String name) {
    return of(new VarAtom(name), 1);
  }

  public static Ix of(Atom a, long coefficient) {
    var atoms = new TreeMap<String, Atom>();
    var coefs = new TreeMap<String, Long>();
    if (coefficient != 0) {
      atoms.put(a.key(), a);
      coefs.put(a.key(), coefficient);
    }
    return new Ix(atoms, coefs, 0);
  }

  public long constantPart() {
    return constant;
  }

  public boolean isConstant() {
    return atoms.isEmpty();
  }

  /** The atoms with their coefficients, in canonical order. */
  public List<Map.Entry<Atom, Long>> terms() {
    var out = new ArrayList<Map.Entry<Atom, Long>>();
    for (var e : atoms.entrySet()) out.add(Map.entry(e.getValue(), coefficients.get(e.getKey())));
    return out;
  }

  public long coefficient(Atom a) {
    return coefficients.getOrDefault(a.key(), 0L);
  }

  /** The coefficient of a variable written directly (not inside a remainder). */
  public long coefficientOf(String var) {
    return coefficients.getOrDefault(var, 0L);
  }

  public Ix plus(Ix o) {
    var atoms = new TreeMap<>(this.atoms);
    var coefs = new TreeMap<>(this.coefficients);
    for (var e : o.atoms.entrySet()) {
      long c = Math.addExact(coefs.getOrDefault(e.getKey(), 0L), o.coefficients.get(e.getKey()));
      if (c == 0) {
        coefs.remove(e.getKey());
        atoms.remove(e.getKey());
      } else {
        coefs.put(e.getKey(), c);
        atoms.put(e.getKey(), e.getValue());
      }
    }
    return new Ix(atoms, coefs, Math.addExact(constant, o.constant));
  }

  public Ix plus(long c) {
    return plus(constant(c));
  }

  public Ix times(long k) {
    if (k == 0) return constant(0);
    var coefs = new TreeMap<String, Long>();
    coefficients.forEach((key, c) -> coefs.put(key, Math.multiplyExact(c, k)));
    return new Ix(new TreeMap<>(atoms), coefs, Math.multiplyExact(constant, k));
  }

  public Ix minus(Ix o) {
    return plus(o.times(-1));
  }

  public Ix negate() {
    return times(-1);
  }

  /** Whether a variable occurs anywhere, also inside a remainder. */
  public boolean mentions(String var) {
    for (Atom a : atoms.values()) {
      if (a instanceof VarAtom v && v.name().equals(var)) return true;
      if (a instanceof ModAtom m && (m.arg().mentions(var) || m.modulus().equals(var))) return true;
    }
    return false;
  }

  /** Whether a variable occurs inside a remainder. */
  public boolean mentionsInsideMod(String var) {
    for (Atom a : atoms.values()) if (a instanceof ModAtom m && m.arg().mentions(var)) return true;
    return false;
  }

  /** Every variable mentioned, remainders' arguments and moduli included. */
  public java.util.Set<String> variables() {
    var out = new java.util.TreeSet<String>();
    for (Atom a : atoms.values()) {
      if (a instanceof VarAtom v) out.add(v.name());
      if (a instanceof ModAtom m) {
        out.addAll(m.arg().variables());
        out.add(m.modulus());
      }
    }
    return out;
  }

  /** Replaces a variable by an expression everywhere (remainders' arguments included). */
  public Ix substitute(String var, Ix value) {
    Ix out = constant(constant);
    for (var e : atoms.entrySet()) {
      long c = coefficients.get(e.getKey());
      Atom a = e.getValue();
      if (a instanceof VarAtom v) {
        out = out.plus(v.name().equals(var) ? value.times(c) : of(a, c));
      } else {
        ModAtom m = (ModAtom) a;
        if (m.modulus().equals(var)) throw new IllegalArgumentException("cannot substitute a modulus");
        out = out.plus(of(new ModAtom(m.arg().substitute(var, value), m.modulus()), c));
      }
    }
    return out;
  }

  /** Renames a variable (no canonical simplification). */
  public Ix rename(String from, String to) {
    return substitute(from, var(to));
  }

  /** This expression without the term of the atom. */
  public Ix without(Atom a) {
    return minus(of(a, coefficient(a)));
  }

  public Optional<Long> asConstant() {
    return isConstant() ? Optional.of(constant) : Optional.empty();
  }

  public String key() {
    var sb = new StringBuilder();
    for (var e : atoms.entrySet()) {
      long c = coefficients.get(e.getKey());
      if (sb.length() > 0) sb.append(c < 0 ? "-" : "+");
      else if (c < 0) sb.append("-");
      if (Math.abs(c) != 1) sb.append(Math.abs(c)).append("*");
      sb.append(e.getValue().key());
    }
    if (constant != 0 || sb.length() == 0) {
      if (sb.length() > 0) sb.append(constant < 0 ? "-" : "+").append(Math.abs(constant));
      else sb.append(constant);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ix x && x.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return key();
  }
}
