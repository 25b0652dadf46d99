package derivcheck.cas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures every strategy on every claim (one warm run each: Symja caches Simplify results) and writes the table to
 * target/cas-profile.txt. A measurement, not a check: run it with -Dcas.profile=true.
 */
@EnabledIfSystemProperty(named = "cas.profile", matches = "true")
class StrategyProfileTest {
  @Test
  void profileEveryStrategyOnEveryClaim() throws IOException {
    long t0 = System.nanoTime();
    Duration warm = Cas.warmUpFuture().join();
    var lines = new ArrayList<String>();
    lines.add("cold warm-up (wall, from first call): " + (System.nanoTime() - t0) / 1_000_000 + " ms; warm-up job "
        + warm.toMillis() + " ms");
    var all = new ArrayList<Claims.Claim>(Claims.TRUE);
    all.addAll(Claims.FALSE);
    for (var claim : all) {
      // One run: Symja caches Simplify results globally, so repeated runs would measure the cache.
      List<String> best = Cas.lane().submit(s -> new Prover(s, claim.assumptions(), new ArrayList<>())
          .profile(claim.lhs(), claim.rhs()), Duration.ofSeconds(60)).join();
      lines.add(claim.name() + ": " + String.join("  ", best));
      long p0 = System.nanoTime();
      var attempt = Cas.proveEqual(claim.lhs(), claim.rhs(), claim.assumptions(), Duration.ofSeconds(20));
      lines.add("   portfolio: " + attempt.outcome() + " by " + attempt.strategy() + " [" + attempt.scope() + "] "
          + (System.nanoTime() - p0) / 1_000_000 + " ms");
    }
    Files.write(Path.of("target", "cas-profile.txt"), lines);
  }

}
