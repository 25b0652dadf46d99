package derivcheck.check;

import derivcheck.cas.Cas;
import derivcheck.cas.ProofAttempt;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.lib.Build;
import derivcheck.lib.Definitions;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import derivcheck.lib.Substitution;
import derivcheck.lib.Variables;
import derivcheck.numeric.UnsupportedExpressionException;
import derivcheck.tensor.TensorClaims;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The trusted kernel: the one place that turns evidence into verdicts.
 *
 * <p>Order of work, cheapest first: give the step its meaning ({@link Lowering}), check it numerically (no CAS
 * needed, so this never waits for Symja), and only if the numbers agree ask the CAS portfolio for a proof. A
 * {@code proved} needs both a symbolic strategy and numeric agreement; a {@code refuted} needs a counterexample
 * confirmed at high precision. The symbolic part runs asynchronously so callers can check the next step meanwhile.
 */
public final class Kernel {
  private final CheckOptions options;

  public Kernel(CheckOptions options) {
    this.options = options;
  }

  public CheckOptions options() {
    return options;
  }

  /** The verdict for input that could not be read (a parse error, a malformed definition). */
  public static Verdict inputError(String message) {
    return Verdict.error(message);
  }

  /** The verdict for a step that could not be formed, e.g. it continues a row that could not be read. */
  public static Verdict notChecked(String reason) {
    return Verdict.unknown(reason, null);
  }

  /** Checks and waits for the verdict. */
  public Verdict checkNow(Step step) {
    return check(step).join();
  }

  public CompletableFuture<Verdict> check(Step step) {
    var cases = step.relation() == Relation.DEFINES ? Optional.<List<Piecewise.Branch>>empty() : Piecewise.split(step);
    if (cases.isPresent()) return checkCases(cases.get());
    if (step.relation() != Relation.DEFINES
        && TensorClaims.applies(step.lhs(), step.rhs(), step.conditions(), step.defs())) {
      return new SizedCheck(this).check(step); // vectors, matrices, free indices, symbolic sizes
    }
    return checkScalar(step);
  }

  /** A step with a piecewise side: each case under its condition (see {@link Piecewise}). */
  private CompletableFuture<Verdict> checkCases(List<Piecewise.Branch> branches) {
    var futures = new ArrayList<CompletableFuture<Verdict>>();
    for (Piecewise.Branch b : branches) {
      futures.add(b.step() == null ? CompletableFuture.completedFuture(null) : check(b.step()));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .thenApply(none -> Piecewise.combine(branches, futures.stream().map(CompletableFuture::join).toList()));
  }

  /** The scalar path: a step whose sides are ordinary scalar expressions. */
  CompletableFuture<Verdict> checkScalar(Step step) {
    Optional<String> notation = ScalarNotation.unsupported(step);
    if (notation.isPresent()) return done(Verdict.unknown(notation.get(), null));
    try {
      return decide(step);
    } catch (LoweringException e) {
      boolean undefined = e.unsettled() || e.getMessage().contains("not defined");
      return done(undefined ? Verdict.unknown(e.getMessage(), null) : Verdict.error(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return done(Verdict.unknown("internal error while checking: " + e, null));
    }
  }

  private CompletableFuture<Verdict> decide(Step step) throws LoweringException {
    Relation rel = step.relation();
    if (rel == Relation.DEFINES) return done(Verdict.unknown("a definition, not a claim", null));
    Sides sides = lower(step);
    var sizes = SizeLetters.of(sides);
    if (sizes.isEmpty()) return decide(sides, rel);
    // the reading a reader could doubt is named in every verdict: "d, p, k, s read as positive integers"
    String reading = SizeLetters.describe(sizes);
    return decide(sides, rel).thenApply(v -> v.noting(reading));
  }

  private CompletableFuture<Verdict> decide(Sides sides, Relation rel) {
    if (rel == Relation.NE) return decideNotEqual(sides);
    if (rel == Relation.APPROX && !sides.variables().isEmpty()) {
      return done(Verdict.unknown("'\\approx' between expressions with unknowns has no precise meaning", null));
    }
    NumericCheck.Outcome numeric;
    String unsupported = null;
    try {
      numeric = new NumericCheck(sides, rel, options).run();
    } catch (UnsupportedExpressionException e) {
      numeric = null;
      unsupported = e.getMessage();
    }
    if (numeric instanceof NumericCheck.Refuted r) return done(refuted(r.counterexample()));
    if (!options.symbolic() || rel == Relation.APPROX) return done(withoutProof(numeric, unsupported, "not attempted"));
    final NumericCheck.Outcome num = numeric;
    final String why = unsupported;
    if (rel == Relation.EQ) {
      return Cas.proveEqualAsync(sides.lhsPrecise(), sides.rhsPrecise(), sides.conditions(), options.symbolicBudget())
          .handle((attempt, failure) -> failure != null
              ? withoutProof(num, why, "CAS failed: " + failure)
              : combine(num, why, attempt));
    }
    return done(orderProof(sides, rel)
        .map(how -> proved(how, num, why))
        .orElseGet(() -> withoutProof(num, why, "no symbolic proof of the inequality")));
  }

  private Verdict combine(NumericCheck.Outcome num, String unsupported, ProofAttempt attempt) {
    if (attempt.outcome() == ProofAttempt.Outcome.PROVED) {
      String how = "by " + attempt.strategy() + (attempt.scope().isEmpty() ? "" : " (" + attempt.scope() + ")");
      return proved(how, num, unsupported);
    }
    String symbolic;
    switch (attempt.outcome()) {
      case TIMEOUT:
        symbolic = "symbolic proof timed out after " + options.symbolicBudget().toMillis() / 1000.0 + " s";
        break;
      case NOT_PROVED:
        symbolic = "no symbolic proof found (tried " + String.join(", ", attempt.tried()) + ")";
        break;
      default:
        symbolic = "no symbolic proof: " + attempt.detail();
    }
    return withoutProof(num, unsupported, symbolic);
  }

  private static Verdict proved(String how, NumericCheck.Outcome num, String unsupported) {
    if (num instanceof NumericCheck.Agreed a) return Verdict.proved(how + "; numeric: " + a.evidence().describe(), a.evidence());
    if (num instanceof NumericCheck.Undecided u) {
      return Verdict.proved(how + "; numeric check inconclusive: " + u.reason(), u.evidence());
    }
    return Verdict.proved(how + "; no numeric check possible: " + unsupported, null);
  }

  private static Verdict withoutProof(NumericCheck.Outcome num, String unsupported, String symbolic) {
    if (num instanceof NumericCheck.Agreed a) {
      return Verdict.confirmed(a.evidence().describe() + "; " + symbolic, a.evidence());
    }
    if (num instanceof NumericCheck.Undecided u) return Verdict.unknown(u.reason() + "; " + symbolic, u.evidence());
    return Verdict.unknown("cannot evaluate numerically: " + unsupported + "; " + symbolic, null);
  }

  private static Verdict refuted(Counterexample ce) {
    String where = ce.point().isEmpty() ? "" : "at " + Points.describe(ce.point()) + ": ";
    return Verdict.refuted(where + "left side " + ce.lhs()
        + ", right side " + ce.rhs() + " (high precision)", ce);
  }

  /**
   * {@code a \neq b} read as "not identically equal": a point where the sides differ (confirmed at high precision)
   * proves it; a symbolic proof of equality refutes it.
   */
  private CompletableFuture<Verdict> decideNotEqual(Sides sides) {
    NumericCheck.Outcome numeric;
    try {
      numeric = new NumericCheck(sides, Relation.EQ, options).run();
    } catch (UnsupportedExpressionException e) {
      return done(Verdict.unknown("cannot evaluate numerically: " + e.getMessage(), null));
    }
    if (numeric instanceof NumericCheck.Refuted r) {
      Counterexample w = r.counterexample();
      return done(Verdict.proved("by a witness where the sides differ: left " + w.lhs() + ", right " + w.rhs()
          + " at " + Points.describe(w.point()), null));
    }
    final NumericCheck.Outcome num = numeric;
    if (!options.symbolic()) return done(Verdict.unknown("the sides agree at every point tried", evidenceOf(num)));
    return Cas.proveEqualAsync(sides.lhsPrecise(), sides.rhsPrecise(), sides.conditions(), options.symbolicBudget())
        .handle((attempt, failure) -> failure == null && attempt.outcome() == ProofAttempt.Outcome.PROVED
            ? Verdict.refuted("the two sides are identically equal (proved by " + attempt.strategy() + ")", null)
            : Verdict.unknown("no point found where the sides differ", evidenceOf(num)));
  }

  private static NumericEvidence evidenceOf(NumericCheck.Outcome o) {
    if (o instanceof NumericCheck.Agreed a) return a.evidence();
    if (o instanceof NumericCheck.Undecided u) return u.evidence();
    return null;
  }

  /**
   * Proves {@code lhs rel rhs} for an order relation by factoring the difference and reading off its sign. The
   * form with derivatives kept goes first; if Symja leaves it in functions the sign rule does not know (sech, ...),
   * the form with derivatives carried out by our differentiator is tried.
   */
  Optional<String> orderProof(Sides sides, Relation rel) {
    boolean strict = rel == Relation.LT || rel == Relation.GT;
    boolean lessSide = rel == Relation.LE || rel == Relation.LT;
    for (boolean fast : new boolean[] {false, true}) {
      Expr lhs = fast ? sides.lhsFast() : sides.lhsPrecise();
      Expr rhs = fast ? sides.rhsFast() : sides.rhsPrecise();
      Expr diff = lessSide ? Build.sub(rhs, lhs) : Build.sub(lhs, rhs);
      Optional<Expr> factored = Cas.factorTogether(diff, options.symbolicBudget());
      if (factored.isEmpty()) continue;
      Sign s = Sign.of(factored.get());
      if (strict ? s.aboveZero() : s.atLeastZero()) {
        return Optional.of("by factoring the difference into a form whose sign is evident"
            + (fast ? " (after differentiating symbolically)" : ""));
      }
    }
    return Optional.empty();
  }

  /** Gives the step its meaning; equalities among the conditions ({@code y = 1}) become substitutions. */
  static Sides lower(Step step) throws LoweringException {
    Definitions defs = step.defs();
    Map<Expr, Expr> fixed = new HashMap<>();
    List<Chain> filters = new ArrayList<>();
    for (Chain c : step.conditions()) {
      if (c.terms().size() == 2 && c.relations().get(0) == Relation.EQ
          && isUnknown(c.terms().get(0)) && Variables.free(c.terms().get(1)).isEmpty()) {
        fixed.put(c.terms().get(0), Lowering.forNumeric(c.terms().get(1), defs));
      } else {
        filters.add(c);
      }
    }
    List<Chain> conds = new ArrayList<>();
    for (Chain c : filters) {
      List<Expr> terms = new ArrayList<>();
      for (Expr t : c.terms()) terms.add(Substitution.apply(Lowering.forNumeric(t, defs), fixed));
      conds.add(new Chain(terms, c.relations(), List.of(), ""));
    }
    // A fixed variable that is also a variable of differentiation ("d/dx (x^2 y) at x = 1") may only be put in
    // after differentiating, so then the high-precision side gets the differentiated form too.
    boolean fixesDerivativeVariable = fixed.keySet().stream().anyMatch(v -> differentiatesBy(step.lhs(), v)
        || differentiatesBy(step.rhs(), v));
    Expr lhsPrecise = fixesDerivativeVariable ? Lowering.forNumeric(step.lhs(), defs) : Lowering.inline(step.lhs(), defs);
    Expr rhsPrecise = fixesDerivativeVariable ? Lowering.forNumeric(step.rhs(), defs) : Lowering.inline(step.rhs(), defs);
    return new Sides(
        Substitution.apply(lhsPrecise, fixed),
        Substitution.apply(rhsPrecise, fixed),
        Substitution.apply(Lowering.forNumeric(step.lhs(), defs), fixed),
        Substitution.apply(Lowering.forNumeric(step.rhs(), defs), fixed),
        conds);
  }

  private static boolean differentiatesBy(Expr e, Expr variable) {
    return derivcheck.expr.Exprs.any(e, n -> n instanceof derivcheck.expr.Deriv d && d.var().equals(variable));
  }

  private static boolean isUnknown(Expr e) {
    return e instanceof derivcheck.expr.Var || Variables.isScalarEntry(e);
  }

  private static CompletableFuture<Verdict> done(Verdict v) {
    return CompletableFuture.completedFuture(v);
  }
}
