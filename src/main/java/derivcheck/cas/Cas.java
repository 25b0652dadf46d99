package derivcheck.cas;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * derivcheck's computer algebra: the only class the rest of the program calls for Symja's help, and the only door
 * through which Symja is reached. No Symja type appears in its signatures.
 *
 * <p>All Symja work runs on one daemon worker thread that owns its engine (engines are not thread-safe); each call
 * gets a budget of wall time counted from when its work starts, and a call that overruns it returns a timeout
 * while its worker is abandoned and replaced. Nothing here prints anything.
 */
public final class Cas {
  private Cas() {}

  /** How long the warm-up may take before it is abandoned (it normally takes 1-3 s on a cold JVM). */
  private static final Duration WARM_UP_BUDGET = Duration.ofSeconds(60);

  private static final class Started {
    static final SymjaLane LANE = new SymjaLane();
    static final CompletableFuture<Duration> WARM_UP = LANE.submit(Cas::warmUp, WARM_UP_BUDGET);
  }

  /**
   * Starts Symja in the background (class loading and rule set-up take over a second), so that it is ready when
   * the first proof is needed. Returns at once; later calls queue behind the warm-up.
   */
  public static void warmUpInBackground() {
    warmUpFuture();
  }

  /** The warm-up's run time (class loading included); for measurements. */
  static CompletableFuture<Duration> warmUpFuture() {
    return Started.WARM_UP;
  }

  static SymjaLane lane() {
    warmUpFuture(); // the warm-up is always the lane's first job
    return Started.LANE;
  }

  /**
   * Tries to prove {@code lhs = rhs}, under {@code assumptions} (side conditions such as {@code x > 0},
   * {@code y = 1}), within {@code budget}. Never throws; the future always completes, at the latest about
   * {@code budget} after the work starts.
   */
  public static CompletableFuture<ProofAttempt> proveEqualAsync(
      Expr lhs, Expr rhs, List<Chain> assumptions, Duration budget) {
    requireBudget(budget);
    var tried = new CopyOnWriteArrayList<String>();
    var chains = List.copyOf(assumptions);
    return lane()
        .submit(session -> new Prover(session, chains, tried).prove(lhs, rhs), budget)
        .exceptionally(failure -> failedAttempt(failure, tried, budget));
  }

  /**
   * {@link #proveEqualAsync} for one entry of a vector or matrix claim written out at a concrete size: the same
   * strategies, with {@code Together[ExpandAll[d]]} tried before {@code Together[d]}, which is slow on the sums of
   * products of exponentials such entries are made of.
   */
  public static CompletableFuture<ProofAttempt> proveEntryAsync(
      Expr lhs, Expr rhs, List<Chain> assumptions, Duration budget) {
    requireBudget(budget);
    var tried = new CopyOnWriteArrayList<String>();
    var chains = List.copyOf(assumptions);
    return lane()
        .submit(session -> new Prover(session, chains, tried).expandFirst().prove(lhs, rhs), budget)
        .exceptionally(failure -> failedAttempt(failure, tried, budget));
  }

  /** Blocking form of {@link #proveEqualAsync}. */
  public static ProofAttempt proveEqual(Expr lhs, Expr rhs, List<Chain> assumptions, Duration budget) {
    return proveEqualAsync(lhs, rhs, assumptions, budget).join();
  }

  /**
   * {@code Factor[Together[e]]} in our tree: one fraction with factored numerator and denominator, so the sign of
   * {@code e} can be read off its factors. Empty on timeout, failure or a result our tree cannot express.
   */
  public static Optional<Expr> factorTogether(Expr e, Duration budget) {
    return transform(e, budget, x -> F.Factor(F.Together(x)));
  }

  /** {@code Simplify[e]} in our tree; empty on timeout, failure or a result our tree cannot express. */
  public static Optional<Expr> simplify(Expr e, Duration budget) {
    return transform(e, budget, F::Simplify);
  }

  /**
   * The derivative of {@code e} with respect to {@code var} (a {@link Var} or a constant-indexed {@link Indexed}).
   * Empty on timeout, failure or a result our tree cannot express (for example |x|', which Symja leaves as Abs').
   */
  public static Optional<Expr> differentiate(Expr e, Expr var, Duration budget) {
    if (!(var instanceof Var || var instanceof Indexed)) {
      throw new IllegalArgumentException("can only differentiate with respect to a variable");
    }
    requireBudget(budget);
    return run(budget, session -> {
      var table = new SymbolTable();
      var to = new ToSymja(table);
      IExpr body = to.convert(e);
      IExpr v = to.convert(var);
      return new FromSymja(table).convert(session.eval(F.D(body, v)));
    });
  }

  private static Optional<Expr> transform(Expr e, Duration budget, UnaryOperator<IExpr> op) {
    requireBudget(budget);
    return run(budget, session -> {
      var table = new SymbolTable();
      IExpr in = new ToSymja(table).convert(e);
      return new FromSymja(table).convert(session.eval(op.apply(in)));
    });
  }

  private static Optional<Expr> run(Duration budget, SymjaLane.Job<Expr> job) {
    try {
      return Optional.of(lane().submit(job, budget).join());
    } catch (CompletionException | java.util.concurrent.CancellationException failure) {
      return Optional.empty(); // timeout, unsupported, or Symja failure: no result either way
    }
  }

  private static ProofAttempt failedAttempt(Throwable failure, List<String> tried, Duration budget) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof CasTimeoutException || cause instanceof Session.Abandoned) {
      return new ProofAttempt(ProofAttempt.Outcome.TIMEOUT, "", "", "no proof within " + budget.toMillis() + " ms",
          tried, budget);
    }
    if (cause instanceof CasException) {
      return new ProofAttempt(ProofAttempt.Outcome.UNSUPPORTED, "", "", cause.getMessage(), tried, Duration.ZERO);
    }
    return new ProofAttempt(ProofAttempt.Outcome.ERROR, "", "", String.valueOf(cause), tried, Duration.ZERO);
  }

  private static void requireBudget(Duration budget) {
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive");
    }
  }

  /** One tiny evaluation of each kind the prover uses, so that the first real call does not pay for set-up. */
  private static Duration warmUp(Session session) {
    long start = System.nanoTime();
    var x = F.symbol("dcv1");
    IExpr sigma = F.Power(F.Plus(F.C1, F.Power(S.E, F.Negate(x))), F.CN1);
    IExpr d = F.Subtract(F.D(sigma, x), F.Times(sigma, F.Subtract(F.C1, sigma)));
    session.eval(F.Together(d));
    session.eval(F.Together(F.TrigToExp(F.Subtract(sigma, F.Times(F.C1D2, F.Plus(F.C1, F.Tanh(F.Times(F.C1D2, x))))))));
    session.eval(F.Simplify(F.Plus(F.Sqr(F.Sin(x)), F.Sqr(F.Cos(x)))));
    session.eval(F.Simplify(F.Log(sigma), F.Element(x, S.Reals)));
    session.eval(F.Together(F.Refine(F.D(F.Abs(x), x), F.Greater(x, F.C0))));
    session.eval(F.Together(F.PowerExpand(F.Log(sigma))));
    session.eval(F.Factor(F.Together(F.Subtract(F.C1D4, F.Times(sigma, F.Subtract(F.C1, sigma))))));
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
