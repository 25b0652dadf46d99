package derivcheck.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One factor of a term of the normal form: an entry of a vector or matrix or a scalar unknown ({@link Entry}), an
 * integer index expression used as a number ({@link Value}), an indicator {@code [d = 0]} or {@code [d = 0 mod n]}
 * ({@link Indicator}), a function of normal forms ({@link Fn}: exp, ln, ...), or a sum that cannot be expanded
 * (a denominator, {@link Base}). Keys are canonical texts: equal keys mean equal factors.
 */
public sealed interface Factor permits Factor.Entry, Factor.Value, Factor.Indicator, Factor.Fn, Factor.Base {
  String key();

  /** The same factor with every index expression mapped (for substitution and simplification). */
  Factor mapIx(UnaryOperator<Ix> f);

  /** The same factor with {@code var} replaced; nested sums binding {@code var} are left alone. */
  Factor substitute(String var, Ix value);

  boolean mentions(String var);

  record Entry(String name, List<Ix> indices) implements Factor {
    public Entry {
      indices = List.copyOf(indices);
    }

    public String key() {
      if (indices.isEmpty()) return name;
      var parts = new ArrayList<String>();
      for (Ix i : indices) parts.add(i.key());
      return name + "[" + String.join(",", parts) + "]";
    }

    public Factor mapIx(UnaryOperator<Ix> f) {
      var out = new ArrayList<Ix>();
      for (Ix i : indices) out.add(f.apply(i));
      return new Entry(name, out);
    }

    public Factor substitute(String var, Ix value) {
      return mapIx(i -> i.substitute(var, value));
    }

    public boolean mentions(String var) {
      return indices.stream().anyMatch(i -> i.mentions(var));
    }
  }

  /** An integer variable used as a number: a size n, an index i (a single atom of an index expression). */
  record Value(Ix value) implements Factor {
    public String key() {
      return "val(" + value.key() + ")";
    }

    public Factor mapIx(UnaryOperator<Ix> f) {
      return new Value(f.apply(value));
    }

    public Factor substitute(String var, Ix v) {
      return new Value(value.substitute(var, v));
    }

    public boolean mentions(String var) {
      return value.mentions(var);
    }
  }

  /** {@code [d = 0]} when {@code modulus} is null, else {@code [d = 0 (mod modulus)]}. */
  record Indicator(Ix d, String modulus) implements Factor {
    public String key() {
      return modulus == null ? "[" + d.key() + "=0]" : "[" + d.key() + "=0 mod " + modulus + "]";
    }

    public Factor mapIx(UnaryOperator<Ix> f) {
      return new Indicator(f.apply(d), modulus);
    }

    public Factor substitute(String var, Ix value) {
      return new Indicator(d.substitute(var, value), modulus);
    }

    public boolean mentions(String var) {
      return d.mentions(var) || var.equals(modulus);
    }
  }

  record Fn(String name, List<Poly> args) implements Factor {
    public Fn {
      args = List.copyOf(args);
    }

    public String key() {
      var parts = new ArrayList<String>();
      for (Poly p : args) parts.add(p.key());
      return name + "(" + String.join(";", parts) + ")";
    }

    public Factor mapIx(UnaryOperator<Ix> f) {
      var out = new ArrayList<Poly>();
      for (Poly p : args) out.add(p.mapIx(f));
      return new Fn(name, out);
    }

    public Factor substitute(String var, Ix value) {
      var out = new ArrayList<Poly>();
      for (Poly p : args) out.add(p.substitute(var, value));
      return new Fn(name, out);
    }

    public boolean mentions(String var) {
      return args.stream().anyMatch(p -> p.mentions(var));
    }
  }

  /** A sum kept whole, so that it can be raised to a negative power: the denominator of a softmax. */
  record Base(Poly poly) implements Factor {
    public String key() {
      return "{" + poly.key() + "}";
    }

    public Factor mapIx(UnaryOperator<Ix> f) {
      return new Base(poly.mapIx(f));
    }

    public Factor substitute(String var, Ix value) {
      return new Base(poly.substitute(var, value));
    }

    public boolean mentions(String var) {
      return poly.mentions(var);
    }
  }
}
