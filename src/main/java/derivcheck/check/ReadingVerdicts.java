package derivcheck.check;

import java.util.List;

/**
 * The verdict on a step whose notation allows several readings the document does not settle (a typed word
 * {@code sig(x)} that could be the function or the product s·i·g), from its verdict under each reading: it holds only
 * if it holds under every reading, fails only if it fails under every one, and is otherwise unknown, naming the
 * readings. Every verdict's detail names the readings it relied on.
 */
public final class ReadingVerdicts {
  private ReadingVerdicts() {}

  /** {@code verdicts.get(k)} is the verdict under the reading described by {@code readings.get(k)}. */
  public static Verdict combine(List<Verdict> verdicts, List<String> readings) {
    if (verdicts.size() != readings.size() || verdicts.isEmpty()) {
      throw new IllegalArgumentException("one verdict per reading");
    }
    if (verdicts.size() == 1) return verdicts.get(0);
    if (verdicts.stream().allMatch(v -> v.kind().holds())) {
      Verdict first = verdicts.get(0);
      String detail = "holds under every reading (" + String.join("; ", readings) + "): " + first.detail();
      boolean proved = verdicts.stream().allMatch(v -> v.kind() == Verdict.Kind.PROVED);
      NumericEvidence evidence = first.evidence().orElse(null);
      return proved ? Verdict.proved(detail, evidence) : Verdict.confirmed(detail, evidence);
    }
    if (verdicts.stream().allMatch(v -> v.kind() == Verdict.Kind.REFUTED)) {
      Verdict first = verdicts.get(0);
      return Verdict.refuted("fails under every reading (" + String.join("; ", readings) + "): " + first.detail(),
          first.counterexample().orElse(null));
    }
    var parts = new StringBuilder("ambiguous:");
    for (int k = 0; k < verdicts.size(); k++) {
      Verdict v = verdicts.get(k);
      String outcome = v.kind().holds() ? "holds" : v.kind() == Verdict.Kind.REFUTED ? "fails" : "undecided";
      parts.append(k == 0 ? " " : ", ").append(outcome).append(" if ").append(readings.get(k));
      // the first clause says why; the list of strategies tried would drown the readings
      if (!v.kind().holds()) parts.append(" (").append(v.detail().split("; ")[0]).append(")");
    }
    return Verdict.unknown(parts.toString(), null);
  }
}
