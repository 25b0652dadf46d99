package derivcheck.cli;

import derivcheck.check.CheckOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that check claims (each command has its own {@code --format}). */
final class CommonOptions {
  @Option(names = "--define", paramLabel = "LATEX",
      description = "a definition in force for every claim, e.g. '\\phi(x) = x^2 + 1' (repeatable)")
  List<String> defines = new ArrayList<>();

  @Option(names = "--seed", description = "seed of the random points (default: ${DEFAULT-VALUE})",
      defaultValue = "20261122")
  long seed;

  @Option(names = "--points", description = "points that must agree for 'confirmed' (default: ${DEFAULT-VALUE})",
      defaultValue = "100")
  int points;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit of the symbolic proof of one step (default: ${DEFAULT-VALUE})", defaultValue = "10")
  double timeoutSeconds;

  @Option(names = "--numeric-only", description = "skip symbolic proofs (verdicts are at most 'confirmed')")
  boolean numericOnly;

  CheckOptions checkOptions() {
    var base = CheckOptions.defaults();
    return new CheckOptions(seed, Math.max(1, points), Duration.ofMillis((long) (timeoutSeconds * 1000)),
        base.numericBudget(), !numericOnly);
  }
}
