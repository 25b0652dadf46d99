package derivcheck.check;

import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.tensor.Component;
import derivcheck.tensor.Plan;
import derivcheck.tensor.SizeCase;
import derivcheck.tensor.TensorClaims;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Vector, matrix and index claims: the expander ({@link TensorClaims}) writes the claim out as scalar components at
 * several sizes, each component goes through the scalar kernel, and this class adds the verdicts up.
 *
 * <ul>
 *   <li>Every component at every size is checked numerically (cheap); the first that fails refutes the claim, with
 *       the size, the indices and the point.
 *   <li>Symja then tries the components size by size, smallest first, within a cap on their number and a time
 *       limit. If every component of the sizes it reached is proved, the claim is {@code proved for n = 1..k}; the
 *       detail names k and the sizes that only have numeric evidence. It never says "for all n".
 *   <li>Otherwise agreement everywhere is {@code confirmed for n = 1..6}; a component that cannot be decided makes
 *       the claim {@code unknown}, with the reason.
 * </ul>
 */
final class SizedCheck {
  /** Symbolic proofs per step: enough for every entry of a 4x4 Jacobian at n = 1..4. */
  static final int SYMBOLIC_COMPONENTS = 40;
  static final Duration SYMBOLIC_TOTAL = Duration.ofSeconds(40);
  static final Duration SYMBOLIC_EACH = Duration.ofSeconds(4);
  static final Duration NUMERIC_TOTAL = Duration.ofSeconds(60);

  private final Kernel kernel;
  private final Kernel numericOnly;

  SizedCheck(Kernel kernel) {
    this.kernel = kernel;
    CheckOptions o = kernel.options();
    this.numericOnly = new Kernel(o.withSymbolic(false));
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
    if (step.relation() == Relation.NE) return done(notEqual(step, cases));
    return numericThenSymbolic(step, cases);
  }

  // ---- equalities and inequalities ---------------------------------------------------------------------------

  private CompletableFuture<Verdict> numericThenSymbolic(Step step, Plan.Cases plan) {
    long deadline = System.nanoTime() + NUMERIC_TOTAL.toNanos();
    int count = 0;
    int points = 0;
    double worst = 0;
    String undecided = null;
    for (SizeCase sc : plan.cases()) {
      for (Component c : sc.components()) {
        if (System.nanoTime() > deadline) {
          return done(Verdict.unknown("timeout in the numeric check after " + count + " of "
              + total(plan) + " components" + scope(plan), null));
        }
        Verdict v = numericOnly.checkScalar(componentStep(step, c)).join();
        count++;
        if (v.kind() == Verdict.Kind.REFUTED) return done(refuted(c, v, plan));
        if (v.kind() == Verdict.Kind.ERROR) return done(Verdict.error("at " + c.label() + ": " + v.detail()));
        if (v.kind() == Verdict.Kind.UNKNOWN) {
          if (undecided == null) undecided = "at " + c.label() + ": " + v.detail();
          continue;
        }
        var ev = v.evidence();
        if (ev.isPresent()) {
          points += ev.get().points();
          if (!Double.isNaN(ev.get().worstError())) worst = Math.max(worst, ev.get().worstError());
        }
      }
    }
    if (undecided != null) return done(Verdict.unknown(undecided + scope(plan), null));
    String numeric = String.format(java.util.Locale.ROOT,
        "numeric agreement for %s (%d component%s, %d points in all, worst error %.1e, seed %d)",
        sizesText(plan, plan.cases()), count, count == 1 ? "" : "s", points, worst, kernel.options().seed());
    if (!kernel.options().symbolic()) return done(Verdict.confirmed(numeric + extras(plan), null));
    return symbolic(step, plan, numeric);
  }

  /** Proves components size by size, one at a time, until the cap, the time limit or a failure. */
  private CompletableFuture<Verdict> symbolic(Step step, Plan.Cases plan, String numeric) {
    var order = new ArrayList<SizeCase>(plan.cases());
    var result = new CompletableFuture<Verdict>();
    long deadline = System.nanoTime() + SYMBOLIC_TOTAL.toNanos();
    var state = new SymbolicState();
    proveNext(step, plan, order, 0, 0, state, deadline, numeric, result);
    return result;
  }

  private static final class SymbolicState {
    final List<SizeCase> proved = new ArrayList<>();
    final java.util.Set<String> strategies = new java.util.LinkedHashSet<>();
    String stoppedBecause;
    int components;
  }

  private void proveNext(Step step, Plan.Cases plan, List<SizeCase> order, int caseIndex, int compIndex,
      SymbolicState state, long deadline, String numeric, CompletableFuture<Verdict> result) {
    if (caseIndex >= order.size()) {
      result.complete(finish(plan, state, numeric));
      return;
    }
    SizeCase sc = order.get(caseIndex);
    if (compIndex == 0 && state.components + sc.components().size() > SYMBOLIC_COMPONENTS && !state.proved.isEmpty()) {
      state.stoppedBecause = "the cap of " + SYMBOLIC_COMPONENTS + " symbolic proofs per claim was reached";
      result.complete(finish(plan, state, numeric));
      return;
    }
    if (compIndex >= sc.components().size()) {
      state.proved.add(sc);
      proveNext(step, plan, order, caseIndex + 1, 0, state, deadline, numeric, result);
      return;
    }
    if (System.nanoTime() > deadline) {
      state.stoppedBecause = "the time limit of " + SYMBOLIC_TOTAL.toSeconds() + " s for symbolic proofs ran out";
      result.complete(finish(plan, state, numeric));
      return;
    }
    Component c = sc.components().get(compIndex);
    Kernel one = new Kernel(kernel.options().withSymbolicBudget(min(kernel.options().symbolicBudget(), SYMBOLIC_EACH)));
    one.checkScalar(componentStep(step, c)).whenComplete((v, failure) -> {
      if (failure != null || v.kind() != Verdict.Kind.PROVED) {
        state.stoppedBecause = "no symbolic proof at " + c.label() + ": "
            + (failure != null ? String.valueOf(failure) : symbolicPart(v.detail()));
        result.complete(finish(plan, state, numeric));
        return;
      }
      state.components++;
      state.strategies.add(strategy(v.detail()));
      proveNext(step, plan, order, caseIndex, compIndex + 1, state, deadline, numeric, result);
    });
  }

  private Verdict finish(Plan.Cases plan, SymbolicState state, String numeric) {
    boolean all = state.proved.size() == plan.cases().size();
    if (!state.proved.isEmpty() && (all || state.proved.size() >= Math.min(2, plan.cases().size()))) {
      String sizes = sizesText(plan, state.proved);
      String head = sizes.isEmpty() ? "proved" : "proved for " + sizes;
      String how = " (" + state.components + " component" + (state.components == 1 ? "" : "s") + " symbolically, "
          + String.join(", ", state.strategies) + ")";
      String rest = all ? "" : "; only numeric evidence beyond (" + state.stoppedBecause + ")";
      return Verdict.proved(head + how + "; " + numeric + rest + extras(plan), null);
    }
    return Verdict.confirmed(numeric + "; " + (state.stoppedBecause == null ? "no symbolic proof" : state.stoppedBecause)
        + extras(plan), null);
  }

  // ---- not equal ---------------------------------------------------------------------------------------------

  /** {@code a \neq b}: a component and a point where the sides differ prove it; agreement everywhere decides nothing. */
  private Verdict notEqual(Step step, Plan.Cases plan) {
    for (SizeCase sc : plan.cases()) {
      for (Component c : sc.components()) {
        Verdict v = numericOnly.checkScalar(componentStep(step, c)).join();
        if (v.kind() == Verdict.Kind.PROVED) {
          return Verdict.proved(v.detail().replaceFirst("^by a witness", "by a witness at " + c.label() + ","), null);
        }
        if (v.kind() == Verdict.Kind.ERROR) return Verdict.error("at " + c.label() + ": " + v.detail());
      }
    }
    return Verdict.unknown("the sides agree at every component and point tried" + scope(plan), null);
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static Step componentStep(Step step, Component c) {
    return new Step(c.lhs(), step.relation(), c.rhs(), c.conditions(), step.defs());
  }

  private static Verdict refuted(Component c, Verdict v, Plan.Cases plan) {
    var point = new LinkedHashMap<Expr, BigDecimal>();
    c.where().forEach((k, val) -> point.put(new Var(k), BigDecimal.valueOf(val)));
    var ce = v.counterexample();
    ce.ifPresent(x -> point.putAll(x.point()));
    String values = ce.map(x -> ": left side " + x.lhs() + ", right side " + x.rhs() + " (high precision)")
        .orElse(": " + v.detail());
    var merged = new Counterexample(point, ce.map(Counterexample::lhs).orElse(null),
        ce.map(Counterexample::rhs).orElse(null));
    return Verdict.refuted("at " + Points.describe(point) + values + extras(plan), merged);
  }

  private static String sizesText(Plan.Cases plan, List<SizeCase> cases) {
    String sizes = Coverage.of(cases, plan.sizeNames());
    if (plan.draws() > 0) sizes += (sizes.isEmpty() ? "" : ", ") + plan.draws() + " random draws of the declared functions";
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

  private static String strategy(String detail) {
    String s = detail.startsWith("by ") ? detail.substring(3) : detail;
    int cut = s.indexOf(';');
    if (cut >= 0) s = s.substring(0, cut);
    cut = s.indexOf(" (");
    return cut >= 0 ? s.substring(0, cut) : s;
  }

  private static String symbolicPart(String detail) {
    int cut = detail.indexOf("; ");
    return cut >= 0 ? detail.substring(cut + 2) : detail;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static CompletableFuture<Verdict> done(Verdict v) {
    return CompletableFuture.completedFuture(v);
  }
}
