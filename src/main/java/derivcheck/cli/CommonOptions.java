package derivcheck.cli;

import derivcheck.cas.Cas;
import derivcheck.check.CheckOptions;
import derivcheck.lib.Definitions;
import derivcheck.run.Runner;
import java.io.PrintWriter;
import java.util.Optional;
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

  /**
   * Starts Symja in the background (unless numeric checks only were asked for) and reads the {@code --define}
   * options; empty, with the problem already reported on {@code err}, when a definition cannot be read.
   */
  Optional<Definitions> prepare(PrintWriter err) {
    if (!numericOnly) Cas.warmUpInBackground();
    try {
      return Optional.of(Runner.defineAll(Definitions.builtinsOnly(), defines));
    } catch (Runner.InputProblem p) {
      err.println(p.diagnostic());
      return Optional.empty();
    }
  }

  CheckOptions checkOptions() {
    var base = CheckOptions.defaults();
    return new CheckOptions(seed, Math.max(1, points), Duration.ofMillis((long) (timeoutSeconds * 1000)),
        base.numericBudget(), !numericOnly);
  }
}
