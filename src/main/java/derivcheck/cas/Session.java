package derivcheck.cas;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A worker thread's Symja engine and the current job's deadline. Only the owning thread calls it (Symja engines are
 * not thread-safe); other threads only call {@link #stopRequest()}.
 *
 * <p>Every evaluation runs under a soft limit: when it passes, the engine is asked to stop, and if the evaluation comes
 * back the engine is replaced (an engine that was stopped, or that threw, is never reused).
 */
final class Session {
  /** The soft limit of one evaluation passed; the job may go on with something else. */
  static final class SoftTimeout extends RuntimeException {
    SoftTimeout() {
      super("evaluation stopped at its soft limit", null, false, false);
    }
  }

  /** The job's hard deadline passed; its result is no longer wanted, so the job should unwind at once. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("job abandoned after its deadline", null, false, false);
    }
  }

  /** Symja threw (StackOverflowError and friends included). */
  static final class EvalFailure extends RuntimeException {
    EvalFailure(Throwable cause) {
      super(String.valueOf(cause), cause, false, false);
    }
  }

  private final ScheduledExecutorService timer;
  private volatile EvalEngine engine;
  private volatile Deadline jobDeadline = Deadline.after(Duration.ofDays(1));
  private volatile boolean abandoned;

  Session(ScheduledExecutorService timer) {
    this.timer = timer;
    this.engine = SymjaRuntime.newEngine();
  }

  void startJob(Deadline deadline) {
    jobDeadline = deadline;
  }

  Deadline jobDeadline() {
    return jobDeadline;
  }

  /** Called from the watchdog when the job overran: stops the engine for good. */
  void abandon() {
    abandoned = true;
    engine.stopRequest();
  }

  /** Evaluates {@code expr} within the job's remaining time. */
  IExpr eval(IExpr expr) {
    return eval(expr, jobDeadline.remaining());
  }

  /** Evaluates {@code expr} within {@code softLimit} (and never past the job's deadline). */
  IExpr eval(IExpr expr, Duration softLimit) {
    if (abandoned || Thread.currentThread().isInterrupted()) throw new Abandoned();
    Duration limit = jobDeadline.cap(softLimit).remaining();
    EvalEngine current = engine;
    var armed = new AtomicBoolean(true);
    var alarm = timer.schedule(() -> {
      if (armed.compareAndSet(true, false)) current.stopRequest();
    }, limit.toNanos(), TimeUnit.NANOSECONDS);
    IExpr result = null;
    Throwable failure = null;
    try {
      result = current.evaluate(expr);
    } catch (Throwable t) { // Symja throws anything, StackOverflowError included
      failure = t;
    }
    boolean stopped = !armed.compareAndSet(true, false);
    alarm.cancel(false);
    if (abandoned) throw new Abandoned();
    if (stopped || failure != null) renewEngine();
    if (stopped) throw new SoftTimeout();
    if (failure != null) throw new EvalFailure(failure);
    return result;
  }

  private void renewEngine() {
    engine = SymjaRuntime.newEngine();
  }
}
