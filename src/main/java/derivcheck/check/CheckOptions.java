package derivcheck.check;

import java.time.Duration;

/**
 * Knobs of one check run. {@code points}: points to agree at before a step counts as confirmed; {@code seed}: the
 * sampler's seed (reported, so any verdict can be reproduced); {@code symbolicBudget}: time for the CAS portfolio per
 * step; {@code numericBudget}: time for the numeric check per step.
 */
public record CheckOptions(long seed, int points, Duration symbolicBudget, Duration numericBudget, boolean symbolic) {
  public static CheckOptions defaults() {
    return new CheckOptions(20261122L, 100, Duration.ofSeconds(10), Duration.ofSeconds(5), true);
  }

  public CheckOptions withSymbolic(boolean on) {
    return new CheckOptions(seed, points, symbolicBudget, numericBudget, on);
  }

  public CheckOptions withSeed(long s) {
    return new CheckOptions(s, points, symbolicBudget, numericBudget, symbolic);
  }

  public CheckOptions withSymbolicBudget(Duration d) {
    return new CheckOptions(seed, points, d, numericBudget, symbolic);
  }
}
