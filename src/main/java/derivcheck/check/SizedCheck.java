package derivcheck.check;

import derivcheck.cas.Cas;
import derivcheck.cas.ProofAttempt;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.LoweringException;
import derivcheck.numeric.UnsupportedExpressionException;
import derivcheck.tensor.Component;
import derivcheck.tensor.Plan;
import derivcheck.tensor.SizeCase;
import derivcheck.tensor.TensorClaims;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Vector, matrix and index claims: the expander ({@link TensorClaims}) writes the claim out as scalar components at
 * several sizes; this class checks each component with the scalar machinery and adds the results up.
 *
 * <ul>
 *   <li>Every component at every size is checked numerically; the first that fails refutes the claim, with the size,
 *       the indices and the point (re-checked at high precision, as always). Components with derivatives are also
 *       checked the way gradient checkers do, by central differences in double precision.
 *   <li>Symja then proves the components size by size, smallest first, within a cap on their number and a time
 *       limit. If it proves every component of the sizes it reaches, the claim is {@code proved for n = 1..k}; the
 *       detail names k and the sizes that only have numeric evidence. It never says "for all n".
 *   <li>Before that, an equality the numeric check agrees with is given to the index algebra
 *       ({@link IndexAlgebra}); if it proves the claim for symbolic sizes, the claim is {@code proved for all n},
 *       and the detail names the rules and the numeric agreement that backs them.
 *   <li>Otherwise agreement everywhere is {@code confirmed for n = ...}; a component that cannot be decided makes the
 *       claim {@code unknown}, with the reason.
 * </ul>
 */
final class SizedCheck {
  /** Symbolic proofs per step: enough for every entry of a 4x4 Jacobian at n = 1..4. */
  static final int SYMBOLIC_COMPONENTS = 30;
  static final Duration SYMBOLIC_TOTAL = Duration.ofSeconds(20);
  static final Duration SYMBOLIC_EACH = Duration.ofSeconds(2);
  static final Duration NUMERIC_TOTAL = Duration.ofSeconds(60);
  /** Entries larger than this (nodes written out) are not given to Symja. */
  static final long SYMBOLIC_SIZE = 1500;
  /** Sizes whose first components are re-evaluated at high precision even when double precision agrees. */
  static final int GUARDED_SIZES = 3;
  /** Points per component: many components share the evidence. */
  static final int POINTS = 30;

  private static final ExecutorService PROVERS = Executors.newCachedThreadPool(r -> {
    var t = new Thread(r, "derivcheck-sized-proofs");
    t.setDaemon(true);
    return t;
  });

  private final Kernel kernel;
  private final CheckOptions numericOptions;

  SizedCheck(Kernel kernel) {
    this.kernel = kernel;
    CheckOptions o = kernel.options();
    this.numericOptions = new CheckOptions(o.seed(), Math.min(o.points(), POINTS), o.symbolicBudget(),
        o.numericBudget(), false);
  }

  CompletableFuture<Verdict> check(Step step) {
    Plan plan = TensorClaims.plan(step.lhs(), step.relation(), step.rhs(), step.conditions(), step.defs(),
        TensorClaims.Limits.defaults());
    if (plan instanceof Plan.Invalid bad) return done(Verdict.error(bad.message()));
    if (plan instanceof Plan.Undecidable u) return done(Verdict.unknown(u.reason(), null));
    Plan.Cases cases = (Plan.Cases) plan;
    if (step.relation() == Relation.APPROX) {
      return done(Verdict.unknown("'\\approx' between vectors or matrices has no precise meaning", null));
    }
    try {
      if (step.relation() == Relation.NE) return done(notEqual(step, cases));
      return numericThenSymbolic(step, cases);
    } catch (Problem p) {
      return done(p.verdict);
    }
  }

  /** A component that cannot be given a meaning or evaluated: the claim's verdict is this one. */
  private static final class Problem extends Exception {
    final transient Verdict verdict;

    Problem(Verdict verdict) {
      super(verdict.detail());
      this.verdict = verdict;
    }
  }

  // ---- equalities and inequalities ---------------------------------------------------------------------------

  private CompletableFuture<Verdict> numericThenSymbolic(Step step, Plan.Cases plan) throws Problem {
    long deadline = System.nanoTime() + NUMERIC_TOTAL.toNanos();
    int count = 0;
    int points = 0;
    double worst = 0;
    String undecided = null;
    var differences = new FiniteDifferences.Tally();
    var guarded = new java.util.HashSet<String>();
    for (SizeCase sc : plan.cases()) {
      boolean firstOfSize = guarded.add(sc.label()) && guarded.size() <= GUARDED_SIZES;
      for (int k = 0; k < sc.components().size(); k++) {
        Component c = sc.components().get(k);
        if (System.nanoTime() > deadline) {
          return done(Verdict.unknown("timeout in the numeric check after " + count + " of " + total(plan)
              + " components" + scope(plan), null));
        }
        Sides sides = lower(step, c);
        // High-precision cross-checks guard the fast path's lowering; components share their structure, and
        // derivatives are also checked by central differences, so the first components of the first sizes get them.
        int cross = firstOfSize && k == 0 ? 2 : (firstOfSize && k % 7 == 0 ? 1 : 0);
        NumericCheck.Outcome o = numeric(sides, step.relation(), cross, c);
        count++;
        if (o instanceof NumericCheck.Refuted r) return done(refuted(c, r.counterexample(), plan));
        if (o instanceof NumericCheck.Undecided u) {
          if (undecided == null) undecided = "at " + c.label() + ": " + u.reason();
          continue;
        }
        NumericEvidence ev = ((NumericCheck.Agreed) o).evidence();
        points += ev.points();
        if (!Double.isNaN(ev.worstError())) worst = Math.max(worst, ev.worstError());
        if (step.relation() == Relation.EQ) {
          String fd = FiniteDifferences.check(sides, numericOptions.seed(), differences);
          if (fd != null) {
            return done(Verdict.unknown("at " + c.label() + ": " + fd + scope(plan), null));
          }
        }
      }
    }
    if (undecided != null) return done(Verdict.unknown(undecided + scope(plan), null));
    String worstText = step.relation() == Relation.EQ
        ? String.format(java.util.Locale.ROOT, ", worst error %.1e", worst) : "";
    String numeric = String.format(java.util.Locale.ROOT,
        "numeric agreement for %s%d component%s, %d points in all%s, seed %d%s",
        prefix(sizesText(plan, plan.cases())), count, count == 1 ? "" : "s", points, worstText,
        kernel.options().seed(), differences.describe());
    if (!kernel.options().symbolic()) return done(Verdict.confirmed(numeric + ")" + extras(plan), null));
    String numericText = numeric + ")";
    if (step.relation() == Relation.EQ) {
      String general = IndexAlgebra.proveForAllSizes(step, plan);
      if (general != null) return done(Verdict.proved(general + "; " + numericText + extras(plan), null));
    }
    return CompletableFuture.supplyAsync(() -> symbolic(step, plan, numericText), PROVERS);
  }

  private static String prefix(String sizes) {
    return sizes.isEmpty() ? "every component (" : sizes + " (";
  }

  /** Proves components size by size, one at a time, until the cap, the time limit or a failure. */
  private Verdict symbolic(Step step, Plan.Cases plan, String numeric) {
    long deadline = System.nanoTime() + SYMBOLIC_TOTAL.toNanos();
    List<SizeCase> proved = new ArrayList<>();
    Set<String> strategies = new LinkedHashSet<>();
    String stopped = null;
    int components = 0;
    Duration each = kernel.options().symbolicBudget().compareTo(SYMBOLIC_EACH) < 0
        ? kernel.options().symbolicBudget() : SYMBOLIC_EACH;
    cases:
    for (SizeCase sc : plan.cases()) {
      if (components + sc.components().size() > SYMBOLIC_COMPONENTS && !proved.isEmpty()) {
        stopped = "the cap of " + SYMBOLIC_COMPONENTS + " symbolic proofs per claim was reached";
        break;
      }
      for (Component c : sc.components()) {
        if (System.nanoTime() > deadline) {
          stopped = "the time limit of " + SYMBOLIC_TOTAL.toSeconds() + " s for symbolic proofs ran out";
          break cases;
        }
        if (c.size() > SYMBOLIC_SIZE) {
          stopped = "the entries at " + sc.label() + " are too large for symbolic proofs";
          break cases;
        }
        String how;
        try {
          how = prove(lower(step, c), step.relation(), each);
        } catch (Problem p) {
          how = null;
        }
        if (how == null || how.startsWith("!")) {
          stopped = "no symbolic proof at " + c.label() + (how == null ? "" : ": " + how.substring(1));
          break cases;
        }
        strategies.add(how);
        components++;
      }
      proved.add(sc);
    }
    boolean all = proved.size() == plan.cases().size();
    proved = completeSizes(proved, plan);
    if (!proved.isEmpty() && (all || proved.size() >= Math.min(2, plan.cases().size()))) {
      String sizes = sizesText(plan, proved);
      String how = components + " component" + (components == 1 ? "" : "s") + " symbolically, by "
          + String.join(", ", strategies);
      String head = sizes.isEmpty() ? "by writing out every component (" + how + ")" : "for " + sizes + " (" + how + ")";
      String rest = all ? "" : "; only numeric evidence beyond (" + stopped + ")";
      return Verdict.proved(head + "; " + numeric + rest + extras(plan), null);
    }
    return Verdict.confirmed(numeric + "; " + (stopped == null ? "no symbolic proof" : stopped) + extras(plan), null);
  }

  /** The strategy that proved the component, or "!" and the reason it was not proved. */
  private String prove(Sides sides, Relation rel, Duration budget) {
    var left = derivcheck.tensor.Exact.value(sides.lhsPrecise());
    var right = derivcheck.tensor.Exact.value(sides.rhsPrecise());
    if (left.isPresent() && right.isPresent() && rel == Relation.EQ) {
      // two rational numbers (sizes, counts): exact arithmetic decides, no CAS needed
      return left.get().compareTo(right.get()) == 0 ? "exact arithmetic" : "!the numbers differ";
    }
    if (rel == Relation.EQ) {
      ProofAttempt a = Cas.proveEntryAsync(sides.lhsPrecise(), sides.rhsPrecise(), sides.conditions(), budget).join();
      if (a.outcome() == ProofAttempt.Outcome.PROVED) return a.strategy();
      if (a.outcome() == ProofAttempt.Outcome.TIMEOUT) return "!symbolic proof timed out after " + budget.toMillis() / 1000.0 + " s";
      return "!" + (a.outcome() == ProofAttempt.Outcome.NOT_PROVED ? "tried " + String.join(", ", a.tried()) : a.detail());
    }
    return kernel.orderProof(sides, rel).map(how -> "factoring").orElse("!no symbolic proof of the inequality");
  }

  /** The proved cases of the sizes whose every draw of random stand-ins was proved. */
  private static ArrayList<SizeCase> completeSizes(List<SizeCase> proved, Plan.Cases plan) {
    var out = new ArrayList<SizeCase>();
    int draws = Math.max(1, plan.draws());
    for (SizeCase c : proved) {
      long n = proved.stream().filter(o -> o.label().equals(c.label())).count();
      if (n == draws) out.add(c);
    }
    return out;
  }

  // ---- not equal ---------------------------------------------------------------------------------------------

  /** {@code a \neq b}: a component and a point where the sides differ prove it; agreement everywhere decides nothing. */
  private Verdict notEqual(Step step, Plan.Cases plan) throws Problem {
    for (SizeCase sc : plan.cases()) {
      for (Component c : sc.components()) {
        NumericCheck.Outcome o = numeric(lower(step, c), Relation.EQ, 1, c);
        if (o instanceof NumericCheck.Refuted r) {
          Counterexample w = r.counterexample();
          var point = where(c);
          point.putAll(w.point());
          return Verdict.proved("by a witness where the sides differ: at " + Points.describe(point) + ", left "
              + w.lhs() + ", right " + w.rhs() + extras(plan), null);
        }
      }
    }
    return Verdict.unknown("the sides agree at every component and point tried" + scope(plan), null);
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static Sides lower(Step step, Component c) throws Problem {
    try {
      return Kernel.lower(new Step(c.lhs(), step.relation(), c.rhs(), c.conditions(), step.defs()));
    } catch (LoweringException e) {
      boolean undefined = e.unsettled() || e.getMessage().contains("not defined");
      throw new Problem(undefined ? Verdict.unknown("at " + c.label() + ": " + e.getMessage(), null)
          : Verdict.error("at " + c.label() + ": " + e.getMessage()));
    }
  }

  private NumericCheck.Outcome numeric(Sides sides, Relation rel, int cross, Component c) throws Problem {
    try {
      return new NumericCheck(sides, rel, numericOptions, cross).run();
    } catch (UnsupportedExpressionException e) {
      throw new Problem(Verdict.unknown("at " + c.label() + ": cannot evaluate numerically: " + e.getMessage(), null));
    }
  }

  private static LinkedHashMap<Expr, BigDecimal> where(Component c) {
    var point = new LinkedHashMap<Expr, BigDecimal>();
    c.where().forEach((k, val) -> point.put(new Var(k), BigDecimal.valueOf(val)));
    return point;
  }

  private static Verdict refuted(Component c, Counterexample ce, Plan.Cases plan) {
    var point = where(c);
    point.putAll(ce.point());
    var merged = new Counterexample(point, ce.lhs(), ce.rhs());
    return Verdict.refuted("at " + Points.describe(point) + ": left side " + ce.lhs() + ", right side " + ce.rhs()
        + " (high precision)" + extras(plan), merged);
  }

  private static String sizesText(Plan.Cases plan, List<SizeCase> cases) {
    String sizes = Coverage.of(cases, plan.sizeNames());
    if (plan.draws() > 0) sizes += (sizes.isEmpty() ? "" : " with ") + plan.draws() + " random draws of the declared functions";
    return sizes;
  }

  private static String scope(Plan.Cases plan) {
    String s = sizesText(plan, plan.cases());
    return s.isEmpty() ? "" : " (checking " + s + ")";
  }

  private static String extras(Plan.Cases plan) {
    var parts = new ArrayList<String>();
    if (!plan.skipped().isEmpty()) parts.add("skipped " + String.join("; ", plan.skipped()));
    if (plan.truncated()) parts.add("larger sizes left out to bound the work");
    parts.addAll(plan.notes());
    return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
  }

  private static int total(Plan.Cases plan) {
    return plan.cases().stream().mapToInt(c -> c.components().size()).sum();
  }

  private static CompletableFuture<Verdict> done(Verdict v) {
    return CompletableFuture.completedFuture(v);
  }
}
