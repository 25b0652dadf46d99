package derivcheck.cas;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs Symja jobs one at a time on a daemon worker thread that owns its engine; callers get futures.
 *
 * <p>A job's budget starts when it starts running (waiting in the queue, for example behind the warm-up, is free).
 * A job that overruns it costs its worker: the future completes with {@link CasTimeoutException}, the engine is told
 * to stop, the thread is interrupted and left to finish on its own (library kernels ignore stop requests), and a
 * fresh worker with a fresh engine takes the next job. All threads are daemons, so the JVM can always exit.
 */
final class SymjaLane {
  /** Work for the worker thread; it may use Symja freely, through {@code session}. */
  interface Job<T> {
    T run(Session session);
  }

  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;
  private static final int TIMED_OUT = 3;

  private static final class Task<T> {
    final Job<T> job;
    final Duration budget;
    final CompletableFuture<T> future = new CompletableFuture<>();
    final AtomicInteger state = new AtomicInteger(QUEUED);

    Task(Job<T> job, Duration budget) {
      this.job = job;
      this.budget = budget;
    }
  }

  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

  private final LinkedBlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService watchdog;
  private final AtomicInteger abandonedWorkers = new AtomicInteger();
  private Worker worker; // guarded by this

  SymjaLane() {
    var timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "derivcheck-symja-watchdog"));
    timer.setRemoveOnCancelPolicy(true);
    watchdog = timer;
    synchronized (this) {
      worker = new Worker();
    }
  }

  /** Queues {@code job}; it gets {@code budget} of wall time once it starts. */
  <T> CompletableFuture<T> submit(Job<T> job, Duration budget) {
    var task = new Task<>(job, budget);
    queue.add(task);
    return task.future;
  }

  /** How many workers were given up after a timeout (for tests and diagnostics). */
  int abandonedWorkers() {
    return abandonedWorkers.get();
  }

  private static Thread daemon(Runnable r, String name) {
    var t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private final class Worker implements Runnable {
    private final Thread thread;
    private volatile Session session;

    Worker() {
      thread = daemon(this, "derivcheck-symja-" + THREAD_COUNT.incrementAndGet());
      thread.start();
    }

    @Override
    public void run() {
      try {
        session = new Session(watchdog);
      } catch (Throwable t) { // Symja failed to start: fail every job rather than hang its caller
        failForever(t);
        return;
      }
      while (true) {
        Task<?> task;
        try {
          task = queue.take();
        } catch (InterruptedException e) {
          return;
        }
        if (!runTask(task)) return; // abandoned: the next worker takes over the queue
      }
    }

    /** Runs one task; false when it overran and this worker has been abandoned. */
    private <T> boolean runTask(Task<T> task) {
      if (!task.state.compareAndSet(QUEUED, RUNNING)) return true;
      var deadline = Deadline.after(task.budget);
      session.startJob(deadline);
      var alarm = watchdog.schedule(() -> expire(task), task.budget.toNanos(), TimeUnit.NANOSECONDS);
      try {
        T result = task.job.run(session);
        if (task.state.compareAndSet(RUNNING, DONE)) task.future.complete(result);
      } catch (Throwable t) { // the adapter's edge: nothing escapes into the worker loop
        if (task.state.compareAndSet(RUNNING, DONE)) task.future.completeExceptionally(t);
      } finally {
        alarm.cancel(false);
      }
      return task.state.get() != TIMED_OUT;
    }

    private void expire(Task<?> task) {
      if (!task.state.compareAndSet(RUNNING, TIMED_OUT)) return;
      abandonedWorkers.incrementAndGet();
      replace(this);
      session.abandon();
      thread.interrupt();
      task.future.completeExceptionally(new CasTimeoutException("Symja job exceeded its budget of " + task.budget));
    }

    private void failForever(Throwable cause) {
      while (true) {
        Task<?> task;
        try {
          task = queue.take();
        } catch (InterruptedException e) {
          return;
        }
        if (task.state.compareAndSet(QUEUED, DONE)) {
          task.future.completeExceptionally(new CasException("Symja could not start", cause));
        }
      }
    }
  }

  private synchronized void replace(Worker dead) {
    if (worker == dead) worker = new Worker();
  }
}
