package derivcheck.cli;

import derivcheck.check.Verdict;
import derivcheck.run.Result;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of verdicts and of results that went as their files expected. */
record Summary(Map<Verdict.Kind, Integer> byVerdict, int passed, int failed) {
  static Summary of(List<Result> results) {
    var counts = new EnumMap<Verdict.Kind, Integer>(Verdict.Kind.class);
    for (Verdict.Kind k : Verdict.Kind.values()) counts.put(k, 0);
    int passed = 0;
    for (Result r : results) {
      counts.merge(r.verdict().kind(), 1, Integer::sum);
      if (r.asExpected()) passed++;
    }
    return new Summary(counts, passed, results.size() - passed);
  }

  String verdictLine() {
    var sb = new StringBuilder();
    for (var e : byVerdict.entrySet()) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(e.getValue()).append(' ').append(e.getKey().word());
    }
    return sb.toString();
  }
}
