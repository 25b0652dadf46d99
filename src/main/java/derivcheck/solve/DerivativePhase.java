package derivcheck.solve;

import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.lib.Definitions;
import derivcheck.rules.DefinitionRules;
import derivcheck.rules.DefinitionRules.Hyperbolic;
import derivcheck.rules.DerivativeRules;
import derivcheck.rules.FunctionDerivatives;
import derivcheck.rules.Rewriter;
import derivcheck.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out the derivatives of an expression one rule at a time. Each step takes the first derivative node (in
 * reading order) that is ready, finds the first rule that applies to it, and applies that rule at every node where
 * it applies, so each printed line differs from the one before by one rule.
 *
 * <p>Before the rules, the derivative of a single library function, {@code \frac{d}{dx}\sigma(x)}, is worked out
 * from the function's definition (using the table entry would assume what is to be shown), and user functions
 * inside a derivative are replaced by their definitions.
 */
final class DerivativePhase {
  private final Definitions defs;

  DerivativePhase(Definitions defs) {
    this.defs = defs;
  }

  static List<Rule> rules() {
    var out = new ArrayList<Rule>();
    out.add(DerivativeRules.HIGHER_ORDER);
    out.addAll(DerivativeRules.structural());
    out.addAll(FunctionDerivatives.all());
    return out;
  }

  /** The steps from {@code start} to an expression without derivatives; empty when there is nothing to do. */
  List<Candidate> run(Expr start) {
    var out = new ArrayList<Candidate>();
    Expr cur = start;
    var prime = Move.everywhere(DefinitionRules.PRIME_NOTATION).next(cur);
    if (prime.isPresent() && isWholeDerivativeClaim(prime.get().to())) {
      out.add(prime.get());
      cur = prime.get().to();
    }
    for (Candidate c : unfoldInsideDerivatives(cur)) {
      out.add(c);
      cur = c.to();
    }
    while (out.size() < 200 && Exprs.any(cur, x -> x instanceof Deriv || isPrimedBuiltin(x))) {
      Optional<Candidate> step = nextStep(cur);
      if (step.isEmpty()) break;
      out.add(step.get());
      cur = step.get().to();
    }
    return out;
  }

  /** After the prime notation is written out, the whole expression is one derivative. */
  private static boolean isWholeDerivativeClaim(Expr e) {
    return e instanceof Deriv;
  }

  /** Definitions substituted inside derivative bodies: user functions always, a lone library function too. */
  private List<Candidate> unfoldInsideDerivatives(Expr start) {
    var out = new ArrayList<Candidate>();
    Expr cur = start;
    for (int guard = 0; guard < 10; guard++) {
      Optional<String> fn = firstToUnfold(cur);
      if (fn.isEmpty()) break;
      Rule unfold = DefinitionRules.unfold(fn.get(), defs, Hyperbolic.SINH_COSH);
      var step = Move.everywhere(insideDerivatives(unfold)).next(cur);
      if (step.isEmpty()) break;
      out.add(step.get());
      cur = step.get().to();
    }
    return out;
  }

  private Optional<String> firstToUnfold(Expr e) {
    if (e instanceof Deriv d) {
      if (d.body() instanceof Call c && c.args().size() == 1 && c.args().get(0).equals(d.var())
          && DefinitionRules.definitionOf(c, defs, Hyperbolic.SINH_COSH).isPresent()) {
        return Optional.of(c.fn());
      }
      return firstUserCall(d.body());
    }
    for (Expr child : e.children()) {
      var hit = firstToUnfold(child);
      if (hit.isPresent()) return hit;
    }
    return Optional.empty();
  }

  private Optional<String> firstUserCall(Expr e) {
    if (e instanceof Call c && c.primes() == 0 && defs.function(c.fn()).isPresent()) return Optional.of(c.fn());
    for (Expr child : e.children()) {
      var hit = firstUserCall(child);
      if (hit.isPresent()) return hit;
    }
    return Optional.empty();
  }

  /** A rule that rewrites only inside derivative bodies. */
  private static Rule insideDerivatives(Rule inner) {
    return new Rule() {
      @Override
      public String id() {
        return inner.id();
      }

      @Override
      public String justification() {
        return inner.justification();
      }

      @Override
      public Optional<Expr> apply(Expr e) {
        if (!(e instanceof Deriv d)) return Optional.empty();
        return Rewriter.everywhere(inner, d.body())
            .map(a -> new Deriv(a.result(), d.var(), d.order(), d.partial()));
      }

      @Override
      public derivcheck.rules.Note note(Expr matched) {
        if (!(matched instanceof Deriv d)) return derivcheck.rules.Note.NONE;
        var calls = new ArrayList<Expr>();
        collectMatches(inner, d.body(), calls);
        return calls.isEmpty() ? derivcheck.rules.Note.NONE : inner.note(calls.get(0));
      }
    };
  }

  private static void collectMatches(Rule r, Expr e, List<Expr> out) {
    if (r.apply(e).isPresent()) {
      out.add(e);
      return;
    }
    for (Expr c : e.children()) collectMatches(r, c, out);
  }

  private static boolean isPrimedBuiltin(Expr e) {
    return e instanceof Call c && c.primes() == 1 && derivcheck.lib.Builtin.byName(c.fn()).isPresent();
  }

  /** One derivative step: the first rule that fits the first ready node, applied wherever it fits. */
  private static Optional<Candidate> nextStep(Expr cur) {
    Optional<Deriv> node = firstReady(cur);
    if (node.isEmpty()) {
      // No derivative node left, but a prime: f'(u) is a table entry.
      for (Rule r : FunctionDerivatives.table()) {
        var step = Move.everywhere(r).next(cur);
        if (step.isPresent()) return step;
      }
      return Optional.empty();
    }
    for (Rule r : rules()) {
      if (r.apply(node.get()).isPresent()) return Move.everywhere(r).next(cur);
    }
    return Move.everywhere(DerivativeRules.DIFFERENTIATE).next(cur);
  }

  private static Optional<Deriv> firstReady(Expr e) {
    if (e instanceof Deriv d && (d.order() > 1 || DerivativeRules.ready(d).isPresent())) return Optional.of(d);
    for (Expr c : e.children()) {
      var hit = firstReady(c);
      if (hit.isPresent()) return hit;
    }
    return Optional.empty();
  }
}
