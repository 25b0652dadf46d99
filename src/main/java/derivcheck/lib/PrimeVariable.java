package derivcheck.lib;

import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The variable a prime differentiates by when the notation does not name it: {@code u'} after
 * {@code u = e^x - e^{-x}}, {@code y'} after {@code y = \tanh(x)}, {@code (u/v)'} or {@code (fg)'} for names the
 * document defines. The prime is the derivative by the one variable the quantity depends on once its names are given
 * their values. With two or more such variables, or none that the document settles, the meaning is open and the step
 * is unknown with the reason (never a guess: read as a name of its own, {@code y'} would be an arbitrary unknown).
 */
final class PrimeVariable {
  private PrimeVariable() {}

  /** A primed name and what it primes: {@code u''} is {@code u} twice. */
  record PrimedName(Var base, int order) {}

  /** {@code u'} as the base {@code u} and the count of primes, if the name ends with primes. */
  static Optional<PrimedName> primed(Var v) {
    String name = v.name();
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '\'') end--;
    if (end == name.length() || end == 0) return Optional.empty();
    return Optional.of(new PrimedName(new Var(name.substring(0, end)), name.length() - end));
  }

  /**
   * The derivative that a primed name stands for. {@code value} is the base's value, inlined; the base is a defined
   * quantity (otherwise {@code x'} is a name of its own, as in a kernel {@code k(x, x')}).
   */
  static Expr ofName(PrimedName p, Expr value) throws LoweringException {
    Set<Expr> vars = Variables.free(value);
    String base = p.base().name();
    String shown = base + "'".repeat(p.order());
    if (vars.size() == 1) return new Deriv(value, vars.iterator().next(), p.order(), false);
    if (vars.isEmpty()) {
      throw new LoweringException(shown + ": " + base + " is a constant here, so " + shown
          + " names no derivative; write what it stands for", true);
    }
    throw new LoweringException(shown + ": " + base + " depends on " + listed(vars) + "; write "
        + choices("d" + base + "/d", vars) + " to say which", true);
  }

  /** The derivative {@code (body)'} stands for; {@code inlined} is the body with the document's meanings put in. */
  static Expr ofExpression(Expr written, Expr inlined, int order, Definitions defs) throws LoweringException {
    Set<Expr> vars = Variables.free(inlined);
    if (!mentionsDefinedName(written, defs)) {
      // (y^2)' = 2yy' is about a y that depends on something else: reading d/dy would be a guess
      throw new LoweringException("a prime on an expression of names the document does not define leaves its"
          + " variable open; write " + (vars.size() == 1 ? choices("d/d", vars) : "d/dx") + " (...) or define the"
          + " names first", true);
    }
    if (vars.isEmpty()) return Num.ZERO; // a constant: its derivative by any variable
    if (vars.size() == 1) return new Deriv(inlined, vars.iterator().next(), order, false);
    throw new LoweringException("a prime on an expression that depends on " + listed(vars) + "; write "
        + choices("d/d", vars) + " (...) to say which", true);
  }

  /**
   * {@code r'(1 - r)} after {@code r = \sigma(s)}: parentheses after a primed quantity that is not a function. At the
   * quantity's own variable ({@code y'(x)} after {@code y = \tanh(x)}) they say where the derivative is taken, which
   * is {@code y'} itself; anything else there is a factor, since a quantity has no other point to be taken at.
   */
  static Optional<Expr> primedValueCall(Call c, Definitions defs) {
    if (c.primes() == 0 || c.args().size() != 1 || defs.function(c.fn()).isPresent()
        || derivcheck.lib.Builtin.byName(c.fn()).isPresent()) {
      return Optional.empty();
    }
    Var base = new Var(c.fn());
    Optional<Expr> value = defs.value(base);
    if (value.isEmpty()) return Optional.empty();
    Var primedName = new Var(c.fn() + "'".repeat(c.primes()));
    Set<Expr> vars = Variables.free(value.get());
    if (vars.size() == 1 && vars.contains(c.args().get(0))) return Optional.of(primedName);
    return Optional.of(new derivcheck.expr.Mul(List.of(primedName, c.args().get(0))));
  }

  /** {@code dz/dw or dz/dx}: the derivative written out for each variable (the first three). */
  private static String choices(String prefix, Set<Expr> vars) {
    var names = sorted(vars);
    var out = new ArrayList<String>();
    for (String n : names.subList(0, Math.min(3, names.size()))) out.add(prefix + n);
    return String.join(" or ", out);
  }

  /** Whether {@code e} uses a name the document gives a meaning: a value, a function of its own, or a primed one. */
  private static boolean mentionsDefinedName(Expr e, Definitions defs) {
    return Exprs.any(e, x -> {
      if (x instanceof Call c) return defs.function(c.fn()).isPresent();
      if (x instanceof Var v && defs.value(v).isEmpty()) {
        return primed(v).filter(p -> defs.value(p.base()).isPresent()).isPresent();
      }
      return (x instanceof Var || Variables.isScalarEntry(x)) && defs.value(x).isPresent();
    });
  }

  private static String listed(Set<Expr> vars) {
    var names = sorted(vars);
    if (names.size() == 2) return names.get(0) + " and " + names.get(1);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static java.util.List<String> sorted(Set<Expr> vars) {
    var names = new ArrayList<String>();
    for (Expr v : vars) names.add(name(v));
    java.util.Collections.sort(names);
    return names;
  }

  private static String name(Expr v) {
    if (v instanceof Var var) return var.name();
    if (v instanceof derivcheck.expr.Indexed i && i.base() instanceof Var b) {
      var idx = new ArrayList<String>();
      for (Expr k : i.indices()) idx.add(k instanceof Num n ? n.value().toPlainString() : k.toString());
      return b.name() + "_" + (idx.size() == 1 && idx.get(0).length() == 1 ? idx.get(0) : "{" + String.join("", idx) + "}");
    }
    return v.toString();
  }
}
