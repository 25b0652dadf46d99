package derivcheck.check;

import java.util.List;

/**
 * The verdict on a claim about an arbitrary smooth function (a loss L the document never defines), from the verdicts
 * of the same claim with several random smooth stand-ins for it. One stand-in where the claim fails refutes it, since
 * the claim must hold for every such function; agreement for every stand-in is evidence, never a proof for all
 * functions, so it is at most {@code confirmed}.
 */
public final class StandInVerdicts {
  private StandInVerdicts() {}

  /** {@code draws} in draw order (at least one); {@code what} says what was replaced, e.g. "L by f(y_1, y_2)". */
  public static Verdict combine(List<Verdict> draws, String what) {
    for (int k = 0; k < draws.size(); k++) {
      Verdict v = draws.get(k);
      if (v.kind() == Verdict.Kind.REFUTED) {
        return Verdict.refuted("with " + what + " (random smooth stand-in " + (k + 1) + " of " + draws.size() + "): "
            + v.detail(), v.counterexample().orElse(null));
      }
    }
    for (Verdict v : draws) if (v.kind() == Verdict.Kind.ERROR) return v;
    for (Verdict v : draws) {
      if (v.kind() == Verdict.Kind.UNKNOWN) {
        return Verdict.unknown(v.detail() + "; checked with " + what + " (a random smooth stand-in)",
            v.evidence().orElse(null));
      }
    }
    long proved = draws.stream().filter(v -> v.kind() == Verdict.Kind.PROVED).count();
    Verdict first = draws.get(0);
    return Verdict.confirmed("holds for " + draws.size() + " random smooth stand-ins, " + what
        + (proved > 0 ? " (" + proved + " proved symbolically)" : "") + "; first: " + first.detail(),
        first.evidence().orElse(null));
  }
}
