package derivcheck.run;

import derivcheck.check.ReadingVerdicts;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.parse.LatexParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A step checked under every reading of its notation ({@link LatexParser#chainReadings}): the kernel checks the step
 * of each reading, and {@link ReadingVerdicts} combines the verdicts. With one reading it is the plain check.
 */
final class Readings {
  private Readings() {}

  /** Step {@code k} under each reading; {@code steps.get(r)} are the steps of reading r, in one order. */
  static CompletableFuture<Verdict> check(Function<Step, CompletableFuture<Verdict>> kernel, List<List<Step>> steps,
      List<LatexParser.Reading> readings, int k) {
    if (readings.size() == 1) return kernel.apply(steps.get(0).get(k));
    var futures = new ArrayList<CompletableFuture<Verdict>>();
    var names = new ArrayList<String>();
    for (int r = 0; r < readings.size(); r++) {
      if (steps.get(r).size() != steps.get(0).size()) {
        throw new IllegalStateException("readings of one formula with different numbers of steps");
      }
      futures.add(kernel.apply(steps.get(r).get(k)));
      names.add(readings.get(r).assumption());
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .thenApply(none -> ReadingVerdicts.combine(futures.stream().map(CompletableFuture::join).toList(), names));
  }
}
