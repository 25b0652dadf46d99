package derivcheck.cas;

import static derivcheck.cas.Trees.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh JVM's whole life with the adapter, run as a child process by {@link QuietnessTest}: warm up, prove the
 * claims, provoke Symja's messages, time one call out, then return from main. It prints nothing itself; it writes
 * its findings to the file named by its argument.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    var report = new ArrayList<String>();
    Cas.warmUpInBackground();
    Duration warmJob = Cas.warmUpFuture().join();
    report.add("warmup-ms " + (System.nanoTime() - t0) / 1_000_000 + " job-ms " + warmJob.toMillis());
    var claims = new ArrayList<Claims.Claim>(Claims.TRUE);
    claims.addAll(Claims.FALSE);
    for (var c : claims) {
      long s = System.nanoTime();
      var a = Cas.proveEqual(c.lhs(), c.rhs(), c.assumptions(), Duration.ofSeconds(20));
      report.add("claim " + c.name() + " | " + a.outcome() + " | " + a.strategy() + " | "
          + (System.nanoTime() - s) / 1_000_000);
    }
    // Inputs that make Symja complain: 1/0, log 0, 0^0, an indeterminate difference, primes on a 2-ary function.
    var noisy = List.of(div(n(1), n(0)), ln(n(0)), pow(n(0), n(0)), sub(div(X, n(0)), div(X, n(0))),
        new derivcheck.expr.Call("\\tanh", 3, List.of(X)), div(n(1), sub(X, X)));
    for (var e : noisy) {
      report.add("noisy " + Cas.proveEqual(e, n(1), List.of(), Duration.ofSeconds(5)).outcome());
      report.add("noisy-simplify " + Cas.simplify(e, Duration.ofSeconds(5)).isPresent());
    }
    report.add("timeout " + Cas.proveEqual(TimeoutTest.HUGE_LHS, TimeoutTest.HUGE_RHS, List.of(),
        Duration.ofMillis(300)).outcome());
    report.add("main-returns-at " + System.currentTimeMillis());
    Files.write(Path.of(args[0]), report);
  }
}
