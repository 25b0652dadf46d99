package derivcheck.lib;

import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a parsed expression its meaning under the definitions in force.
 *
 * <p>{@link #inline} replaces user functions and named values by their definitions and builtin aliases by canonical
 * names, keeping derivative operators: this is what the CAS and the high-precision evaluator see, and each of them
 * differentiates on its own. {@link #forNumeric} also carries out every derivative with {@link Differentiator}, for
 * the fast double-precision evaluator.
 */
public final class Lowering {
  private static final int MAX_DEPTH = 64;

  private Lowering() {}

  public static Expr inline(Expr e, Definitions defs) throws LoweringException {
    return inline(e, defs, 0);
  }

  public static Expr forNumeric(Expr e, Definitions defs) throws LoweringException {
    return eliminateDerivatives(inline(e, defs));
  }

  private static Expr inline(Expr e, Definitions defs, int depth) throws LoweringException {
    if (depth > MAX_DEPTH) throw new LoweringException("definitions refer to each other in a cycle");
    Optional<Expr> value = Variables.isScalarEntry(e) || e instanceof Var ? defs.value(e) : Optional.empty();
    if (value.isPresent()) return inline(value.get(), defs, depth + 1);
    // x_1 is an unknown of its own, distinct from x: a value of x does not reach into it
    if (Variables.isScalarEntry(e)) return e;
    if (e instanceof Var v) {
      // u' after u = e^x - e^{-x}: the derivative by the variable u depends on; x' with x undefined is a name
      var primed = PrimeVariable.primed(v);
      Optional<Expr> base = primed.flatMap(p -> defs.value(p.base()));
      if (base.isEmpty()) return e;
      return inline(PrimeVariable.ofName(primed.get(), inline(base.get(), defs, depth + 1)), defs, depth + 1);
    }
    if (e instanceof derivcheck.expr.Prime p) {
      Expr body = inline(p.body(), defs, depth + 1);
      Expr derivative = PrimeVariable.ofExpression(p.body(), body, p.order(), defs);
      if (p.at() == null) return derivative;
      // (fg)'(a): differentiate by the variable, then set it to a
      if (!(derivative instanceof Deriv d)) return derivative;
      return Substitution.apply(eliminateDerivatives(d), Map.of(d.var(), inline(p.at(), defs, depth)));
    }
    if (e instanceof Deriv d && d.var() instanceof Call) return ApplicationVariable.derivative(d, defs, x -> inline(x, defs, depth + 1));
    if (e instanceof Deriv d) {
      // The variable of differentiation is an unknown inside the derivative, even if it names a value.
      Expr body = inline(d.body(), defs.withoutValue(d.var()), depth);
      if (defs.value(d.var()).isEmpty()) return new Deriv(body, d.var(), d.order(), d.partial());
      // d/dp of an expression in p, where p itself stands for a value: differentiate, then give p its value.
      Expr derivative = Differentiator.derivative(eliminateDerivatives(body), d.var(), d.order());
      return inline(derivative, defs, depth + 1);
    }
    if (e instanceof derivcheck.expr.At a) {
      // the bar's variable is an unknown inside it; outside, the body is taken at the value
      Expr body = eliminateDerivatives(inline(a.body(), defs.withoutValue(a.var()), depth));
      return Substitution.apply(body, Map.of(a.var(), inline(a.value(), defs, depth)));
    }
    Expr rebuilt = CheckedMap.children(e, c -> inline(c, defs, depth));
    if (rebuilt instanceof Call c) return inlineCall(c, defs, depth);
    return rebuilt;
  }

  private static Expr inlineCall(Call c, Definitions defs, int depth) throws LoweringException {
    var user = defs.function(c.fn());
    if (user.isPresent()) {
      var f = user.get();
      if (f.params().size() != c.args().size()) {
        throw new LoweringException(c.fn() + " takes " + f.params().size() + " argument"
            + (f.params().size() == 1 ? "" : "s") + ", not " + c.args().size());
      }
      Expr body = inline(f.body(), defs, depth + 1);
      if (c.primes() > 0) {
        if (f.params().size() != 1) {
          throw new LoweringException("a prime on " + c.fn() + " needs a function of one variable");
        }
        body = Differentiator.derivative(eliminateDerivatives(body), f.params().get(0), c.primes());
      }
      Map<Expr, Expr> bind = new HashMap<>();
      for (int i = 0; i < c.args().size(); i++) bind.put(f.params().get(i), c.args().get(i));
      return Substitution.apply(body, bind);
    }
    Optional<Expr> primedValue = PrimeVariable.primedValueCall(c, defs);
    if (primedValue.isPresent()) return inline(primedValue.get(), defs, depth + 1);
    var builtin = Builtin.byName(c.fn());
    if (builtin.isPresent()) {
      Builtin b = builtin.get();
      int n = c.args().size();
      if (b.arity() >= 0 && n != b.arity()) {
        throw new LoweringException(b.latex() + " takes " + b.arity() + " argument"
            + (b.arity() == 1 ? "" : "s") + ", not " + n);
      }
      if (n == 0) throw new LoweringException(b.latex() + " needs an argument");
      return new Call(b.latex(), c.primes(), c.args());
    }
    return c; // an arbitrary function: left for the evaluators to refuse or to model
  }

  /** Carries out every {@code Deriv} and primed builtin call with the symbolic differentiator. */
  public static Expr eliminateDerivatives(Expr e) throws LoweringException {
    if (e instanceof derivcheck.expr.At a) {
      return Substitution.apply(eliminateDerivatives(a.body()), Map.of(a.var(), eliminateDerivatives(a.value())));
    }
    if (e instanceof Deriv d) {
      return Differentiator.derivative(eliminateDerivatives(d.body()), d.var(), d.order());
    }
    Expr rebuilt = CheckedMap.children(e, Lowering::eliminateDerivatives);
    if (rebuilt instanceof Call c && c.primes() > 0) {
      var b = Builtin.byName(c.fn());
      if (b.isEmpty()) {
        throw new LoweringException("cannot differentiate " + c.fn() + ": it is not defined (declare it with \\define)");
      }
      return Differentiator.primed(b.get(), c.primes(), c.args());
    }
    return rebuilt;
  }

  /**
   * Whether {@code e} is a primed name of a quantity with a value, {@code u'} after {@code u = e^x - e^{-x}}: it then
   * stands for a derivative (see {@link PrimeVariable}), not for a name of its own.
   */
  public static boolean isPrimedValue(Expr e, Definitions defs) {
    return e instanceof Var v && defs.value(v).isEmpty()
        && PrimeVariable.primed(v).filter(p -> defs.value(p.base()).isPresent()).isPresent();
  }

  /** Whether a name is known as a function here: a user definition or a builtin. */
  public static boolean isKnownFunction(String name, Definitions defs) {
    return defs.function(name).isPresent() || Builtin.byName(name).isPresent();
  }

}
