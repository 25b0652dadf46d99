package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import derivcheck.lib.Definitions;
import derivcheck.lib.Substitution;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Substituting a definition: a user function ({@code \define}), a library function with a definition (sigma,
 * softplus, softsign, relu, H), and the hyperbolic functions in one of two forms, {@code tanh = sinh/cosh} or
 * all in exponentials ({@code tanh x = (e^x - e^{-x})/(e^x + e^{-x})}, as the sheets define it). Each step
 * substitutes the definition of one function, at all its calls.
 */
public final class DefinitionRules {
  private DefinitionRules() {}

  /** How to unfold the hyperbolic functions: tanh as sinh/cosh (and stop), or everything in exponentials. */
  public enum Hyperbolic { SINH_COSH, EXPONENTIAL }

  /** The definition of one call, or empty if the function has none in this form. */
  public static Optional<Expr> definitionOf(Expr e, Definitions defs, Hyperbolic form) {
    if (!(e instanceof Call c) || c.primes() != 0) return Optional.empty();
    var user = defs.function(c.fn());
    if (user.isPresent()) {
      var f = user.get();
      if (f.params().size() != c.args().size()) return Optional.empty();
      Map<Expr, Expr> bind = new HashMap<>();
      for (int i = 0; i < c.args().size(); i++) bind.put(f.params().get(i), c.args().get(i));
      return Optional.of(Substitution.apply(f.body(), bind));
    }
    var b = Builtin.byName(c.fn());
    if (b.isEmpty() || c.args().size() != 1) return Optional.empty();
    Expr a = c.args().get(0);
    switch (b.get()) {
      case EXP:
        return Optional.of(exp(a));
      case TANH:
        return Optional.of(form == Hyperbolic.SINH_COSH
            ? new Div(Builtin.SINH.call(a), Builtin.COSH.call(a))
            : new Div(Add.of(exp(a), new Neg(exp(new Neg(a)))), Add.of(exp(a), exp(new Neg(a)))));
      case SINH:
        return form == Hyperbolic.EXPONENTIAL
            ? Optional.of(new Div(Add.of(exp(a), new Neg(exp(new Neg(a)))), Num.TWO)) : Optional.empty();
      case COSH:
        return form == Hyperbolic.EXPONENTIAL
            ? Optional.of(new Div(Add.of(exp(a), exp(new Neg(a))), Num.TWO)) : Optional.empty();
      default:
        return b.get().expand(c.args()).map(Tidy::clean);
    }
  }

  private static Expr exp(Expr a) {
    return Tidy.clean(new Pow(Const.E, a));
  }

  /** The name of the first function (in reading order) that has a definition in this form, if any. */
  public static Optional<String> firstUnfoldable(Expr e, Definitions defs, Hyperbolic form) {
    if (e instanceof Call c && definitionOf(c, defs, form).isPresent()) return Optional.of(c.fn());
    if (e instanceof Deriv) return Optional.empty(); // a derivative's body is unfolded only on purpose
    for (Expr child : e.children()) {
      var hit = firstUnfoldable(child, defs, form);
      if (hit.isPresent()) return hit;
    }
    return Optional.empty();
  }

  /** Substitutes the definition of function {@code fn} at each of its calls. */
  public static Rule unfold(String fn, Definitions defs, Hyperbolic form) {
    return new Rule() {
      @Override
      public String id() {
        return "definition";
      }

      @Override
      public String justification() {
        return "Substitute the definition of the function.";
      }

      @Override
      public Optional<Expr> apply(Expr e) {
        if (e instanceof Call c && c.fn().equals(fn)) return definitionOf(c, defs, form);
        return Optional.empty();
      }

      @Override
      public Note note(Expr matched) {
        return definitionOf(matched, defs, form).map(d -> new Note("", matched, Tidy.clean(d))).orElse(Note.NONE);
      }
    };
  }

  /** {@code f'(x) -> \frac{d}{dx} f(x)}: the prime written as a derivative, so the rules can work on it. */
  public static final Rule PRIME_NOTATION = new SimpleRule("prime-notation",
      "f'(x) is the derivative of f with respect to x.",
      e -> e instanceof Call c && c.primes() == 1 && c.args().size() == 1 && isUnknown(c.args().get(0))
          ? Optional.of(new Deriv(new Call(c.fn(), 0, c.args()), c.args().get(0), 1, false))
          : Optional.empty());

  private static boolean isUnknown(Expr e) {
    return e instanceof Var || derivcheck.lib.Variables.isScalarEntry(e);
  }

  /** Whether any call in {@code e} could be unfolded. */
  public static boolean anyUnfoldable(Expr e, Definitions defs, Hyperbolic form) {
    return Exprs.any(e, x -> x instanceof Call c && definitionOf(c, defs, form).isPresent());
  }
}
