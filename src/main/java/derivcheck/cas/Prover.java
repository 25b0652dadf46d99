package derivcheck.cas;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The portfolio prover: runs the {@link Strategy strategies} on {@code d = lhs - rhs} in order, each under a share of
 * the remaining budget, and stops at the first that reduces d to exactly 0. Runs on a Symja worker thread.
 *
 * <p>Only an exact integer 0 counts. A result that is the input unchanged, {@code $Aborted}, an exception, a
 * timeout or any other value is "not proved", never "false".
 */
final class Prover {
  /** Sign cases grow as 2^k; beyond this many distinct arguments of |.| and sign(.) the strategy is skipped. */
  private static final int MAX_SIGN_CASE_ARGUMENTS = 3;

  private final Session session;
  private final Deadline deadline;
  private final List<String> tried; // shared with the caller, who reads it after a hard timeout
  private final SymbolTable table = new SymbolTable();
  private final ToSymja to = new ToSymja(table, true);
  private final List<Chain> assumptionChains;

  private Assumptions assumptions;
  private IExpr raw; // lhs - rhs as translated, derivatives not yet taken
  private IExpr d; // lhs - rhs, evaluated once EVALUATE has run
  private IExpr smallestResidual;

  private boolean expandFirst;

  /** Tries {@link Strategy#TOGETHER_EXPAND} before {@link Strategy#TOGETHER} (for entries of vector claims). */
  Prover expandFirst() {
    this.expandFirst = true;
    return this;
  }

  Prover(Session session, List<Chain> assumptionChains, List<String> tried) {
    this.session = session;
    this.deadline = session.jobDeadline();
    this.assumptionChains = List.copyOf(assumptionChains);
    this.tried = tried;
  }

  ProofAttempt prove(Expr lhs, Expr rhs) {
    long start = System.nanoTime();
    try {
      raw = F.Subtract(to.convert(lhs), to.convert(rhs));
      assumptions = new Assumptions(assumptionChains, to);
      d = assumptions.substitute(raw);
    } catch (CasException e) {
      return attempt(ProofAttempt.Outcome.UNSUPPORTED, "", "", e.getMessage(), start);
    }
    var plan = new ArrayList<>(List.of(Strategy.values()));
    if (expandFirst) {
      plan.remove(Strategy.TOGETHER_EXPAND);
      plan.add(plan.indexOf(Strategy.TOGETHER), Strategy.TOGETHER_EXPAND);
    }
    boolean anyCompleted = false;
    boolean anyFailed = false;
    boolean anyStopped = false;
    for (int i = 0; i < plan.size(); i++) {
      Strategy s = plan.get(i);
      if (deadline.passed()) {
        return attempt(ProofAttempt.Outcome.TIMEOUT, "", "", "budget spent before " + s.label(), start);
      }
      Deadline until = shareOfBudget(i == plan.size() - 1);
      long t0 = System.nanoTime();
      try {
        Step step = run(s, until);
        tried.add(s.label() + " " + millis(t0) + ": " + step.note());
        if (step.proved()) {
          return attempt(ProofAttempt.Outcome.PROVED, s.label(), step.scope(), "reduced lhs - rhs to 0", start);
        }
        anyCompleted |= step.applicable();
      } catch (Session.SoftTimeout e) {
        tried.add(s.label() + " " + millis(t0) + ": stopped at its time limit");
        anyStopped = true;
      } catch (Session.EvalFailure | CasException e) {
        anyFailed = true;
        tried.add(s.label() + " " + millis(t0) + ": error " + e.getMessage());
      }
      if (s == Strategy.EVALUATE && hasOpaqueKinkDerivatives(d)) {
        // Symja cannot look inside |x|' and sign'(x); only Refine and the sign split can, so they go next.
        plan.removeAll(List.of(Strategy.REFINE, Strategy.SIGN_CASES));
        plan.addAll(i + 1, List.of(Strategy.REFINE, Strategy.SIGN_CASES));
      }
    }
    if (anyStopped || deadline.passed()) {
      return attempt(ProofAttempt.Outcome.TIMEOUT, "", "", "some strategies ran out of time", start);
    }
    if (anyFailed && !anyCompleted) {
      return attempt(ProofAttempt.Outcome.ERROR, "", "", "Symja failed on every strategy", start);
    }
    return attempt(ProofAttempt.Outcome.NOT_PROVED, "", "", residualText(), start);
  }

  /**
   * Runs every strategy on its own (after EVALUATE), none stopping the others, and reports each one's time and
   * result: the measurements behind the order of {@link Strategy}.
   */
  List<String> profile(Expr lhs, Expr rhs) {
    raw = F.Subtract(to.convert(lhs), to.convert(rhs));
    assumptions = new Assumptions(assumptionChains, to);
    d = assumptions.substitute(raw);
    var out = new ArrayList<String>();
    for (Strategy s : Strategy.values()) {
      long t0 = System.nanoTime();
      String result;
      try {
        Step step = run(s, deadline);
        result = step.proved() ? "PROVED" : step.note();
      } catch (Session.SoftTimeout | Session.EvalFailure | CasException e) {
        result = e.getClass().getSimpleName();
      }
      out.add(s.label() + "=" + String.format("%.1f", (System.nanoTime() - t0) / 1e6) + "ms:" + result);
    }
    return out;
  }

  /** What one strategy found: d is 0 (under a scope), d did not reduce to 0, or the strategy did not apply. */
  private record Step(boolean proved, boolean applicable, String scope, String note) {
    static Step zeroUnder(String scope) {
      return new Step(true, true, scope, "proved");
    }

    static Step notZero() {
      return new Step(false, true, "", "not zero");
    }

    static Step notApplicable(String why) {
      return new Step(false, false, "", "not applicable, " + why);
    }

    static Step of(boolean zero, String scope) {
      return zero ? zeroUnder(scope) : notZero();
    }
  }

  /** Half of what is left, or all of it for the last strategy, minus a margin so Symja stops before the hard limit. */
  private Deadline shareOfBudget(boolean last) {
    Duration left = deadline.remaining();
    Duration margin = left.dividedBy(20).compareTo(Duration.ofMillis(100)) < 0
        ? left.dividedBy(20) : Duration.ofMillis(100);
    Duration usable = left.minus(margin);
    return Deadline.after(last ? usable : usable.dividedBy(2));
  }

  private Step run(Strategy s, Deadline until) {
    switch (s) {
      case EVALUATE:
        d = residual(eval(d, until)); // derivatives first, then the values the assumptions fix
        return Step.of(zero(d), baseScope());
      case ATOMS: {
        var atomizer = new Atomizer(table, e -> eval(e, until));
        IExpr atomized = atomizer.atomize(d);
        if (!atomizer.replacedAny()) return Step.notApplicable("no exponentials or function values");
        return reduces(F.Together(atomized), until, baseScope());
      }
      case TOGETHER:
        return reduces(F.Together(d), until, baseScope());
      case TOGETHER_EXPAND:
        return reduces(F.Together(F.ExpandAll(d)), until, baseScope());
      case TRIG_TO_EXP:
        return reduces(F.Together(F.TrigToExp(d)), until, baseScope());
      case SIMPLIFY:
        return reduces(F.Simplify(d), until, baseScope());
      case SIMPLIFY_REAL:
        return reduces(F.Simplify(d, assumptions.condition(table.variableSymbols(), List.of())), until,
            assumptions.isEmpty() ? baseScope() : assumedScope());
      case REFINE:
        if (assumptions.isEmpty()) return Step.notApplicable("no assumptions");
        // Refine the unevaluated form, so that derivatives are taken under the assumptions (|x|' is 1 if x > 0).
        return reduces(F.Together(F.Refine(assumptions.substitute(raw),
            assumptions.condition(table.variableSymbols(), List.of()))), until, assumedScope());
      case POWER_EXPAND:
        return reduces(F.Together(F.PowerExpand(d)), until,
            join(baseScope(), "assuming arguments of logs and powers positive (PowerExpand)"));
      case SIGN_CASES:
        return signCases(until);
      case ZERO_GRADIENT:
        return zeroGradient(until);
      case FULL_SIMPLIFY:
        if (assumptions.isEmpty()) return reduces(F.FullSimplify(d), until, baseScope());
        return reduces(F.binaryAST2(S.FullSimplify, d, assumptions.condition(table.variableSymbols(), List.of())),
            until, assumedScope());
      default:
        throw new IllegalStateException("unhandled strategy " + s);
    }
  }

  /**
   * Splits on the sign of every argument u of |u|, sign(u) and their derivatives: if d refines to 0 under each
   * combination of u > 0 and u < 0, it is 0 wherever no u is 0.
   */
  private Step signCases(Deadline until) {
    var kinks = new ArrayList<IExpr>(kinkArguments(d));
    if (kinks.isEmpty()) return Step.notApplicable("no |u| or sign(u)");
    if (kinks.size() > MAX_SIGN_CASE_ARGUMENTS) return Step.notApplicable("too many cases");
    IExpr smooth = KinkDerivatives.asSigns(d); // valid where no kink argument is 0, which is this proof's scope
    for (int mask = 0; mask < (1 << kinks.size()); mask++) {
      var signs = new ArrayList<IExpr>();
      for (int k = 0; k < kinks.size(); k++) {
        signs.add(((mask >> k) & 1) == 0 ? F.Greater(kinks.get(k), F.C0) : F.Less(kinks.get(k), F.C0));
      }
      IExpr condition = assumptions.condition(table.variableSymbols(), signs);
      IExpr refined = eval(F.Refine(smooth, condition), until);
      if (!zero(eval(F.Together(refined), until)) && !zero(eval(F.Simplify(refined, condition), until))) {
        return Step.notZero();
      }
    }
    var excluded = new ArrayList<String>();
    for (IExpr k : kinks) excluded.add(textOf(k) + " \\neq 0");
    String scope = "for " + String.join(", ", excluded);
    return Step.zeroUnder(join(assumptions.isEmpty() ? baseScope() : assumedScope(), scope));
  }

  private static boolean hasOpaqueKinkDerivatives(IExpr e) {
    return !KinkDerivatives.asSigns(e).equals(e);
  }

  private Set<IExpr> kinkArguments(IExpr e) {
    var out = new LinkedHashSet<IExpr>();
    collectKinks(e, out);
    return out;
  }

  private void collectKinks(IExpr e, Set<IExpr> out) {
    if (!(e instanceof IAST ast)) return;
    IExpr head = ast.head();
    boolean kink = head.equals(S.Abs) || head.equals(S.RealAbs) || head.equals(S.Sign)
        || head instanceof IAST h && h.argSize() == 1 && (h.arg1().equals(S.Abs) || h.arg1().equals(S.Sign));
    if (kink && ast.argSize() == 1 && !ast.arg1().isNumber()) out.add(ast.arg1());
    for (int i = 0; i <= ast.argSize(); i++) collectKinks(ast.get(i), out);
  }

  /**
   * If d is smooth on all of R^n, is 0 at the origin (or at (1, ..., 1)), and every partial derivative reduces to
   * 0 by a cheap strategy, then d is 0 everywhere (R^n is connected). Inequality assumptions are not used.
   */
  private Step zeroGradient(Deadline until) {
    var vars = table.variableSymbols();
    if (vars.isEmpty()) return Step.notApplicable("no variables");
    if (!new GlobalSmoothness(table).smooth(d)) return Step.notApplicable("not manifestly smooth on R^n");
    if (!zeroAtSomePoint(vars, until)) return Step.notZero(); // cheap, and rules out most false claims
    IExpr reals = new Assumptions(List.of(), to).condition(vars, List.of());
    for (ISymbol v : vars) {
      IExpr partial = eval(F.D(d, v), until);
      boolean zero = zero(partial) || zero(eval(F.Together(partial), until))
          || zero(eval(F.Together(F.TrigToExp(partial)), until)) || zero(eval(F.Simplify(partial), until))
          || zero(eval(F.Simplify(partial, reals), until));
      if (!zero) return Step.notZero();
    }
    return Step.zeroUnder(baseScope());
  }

  private boolean zeroAtSomePoint(List<ISymbol> vars, Deadline until) {
    for (IInteger point : List.of(F.C0, F.C1)) {
      var rules = F.ListAlloc(vars.size());
      for (ISymbol v : vars) rules.append(F.Rule(v, point));
      IExpr value = eval(F.ReplaceAll(d, rules), until);
      if (zero(value) || zero(eval(F.Together(value), until)) || zero(eval(F.Simplify(value), until))) return true;
    }
    return false;
  }

  private Step reduces(IExpr call, Deadline until, String scope) {
    return Step.of(zero(residual(eval(call, until))), scope);
  }

  private IExpr eval(IExpr e, Deadline until) {
    return session.eval(e, until.remaining());
  }

  /** Remembers the smallest form of the whole of d seen, for the report of an unproved claim. */
  private IExpr residual(IExpr r) {
    if (smallestResidual == null || r.leafCount() < smallestResidual.leafCount()) smallestResidual = r;
    return r;
  }

  /** Exactly the integer 0: not 0.0, not an unevaluated call, not $Aborted. */
  private static boolean zero(IExpr r) {
    return r instanceof IInteger && r.isZero();
  }

  /** The assumptions every strategy uses: variables fixed by an equation. */
  private String baseScope() {
    return assumptions.hasRules() ? assumedScope() : "";
  }

  private String assumedScope() {
    return "assuming " + assumptionChains.stream().map(ScopeText::of).collect(Collectors.joining(", "));
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return a + "; " + b;
  }

  private String textOf(IExpr e) {
    try {
      return ScopeText.of(new FromSymja(table).convert(e));
    } catch (CasException ex) {
      return e.toString();
    }
  }

  private String residualText() {
    if (smallestResidual == null) return "no strategy reduced lhs - rhs to 0";
    return "no strategy reduced lhs - rhs to 0; smallest form seen: " + textOf(smallestResidual);
  }

  private ProofAttempt attempt(ProofAttempt.Outcome o, String strategy, String scope, String detail, long start) {
    return new ProofAttempt(o, strategy, scope, detail, tried, Duration.ofNanos(System.nanoTime() - start));
  }

  private static String millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000 + " ms";
  }
}
