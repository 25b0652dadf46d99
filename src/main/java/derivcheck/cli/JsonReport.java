package derivcheck.cli;

import derivcheck.check.Points;
import derivcheck.check.Verdict;
import derivcheck.render.JsonWriter;
import derivcheck.run.Result;
import derivcheck.run.Verification;
import derivcheck.run.VerifiedStep;
import java.util.List;

/** The machine-readable report: {@code {"results": [...], "summary": {...}}}. */
final class JsonReport {
  private JsonReport() {}

  static String of(List<Result> results) {
    var arr = JsonWriter.array();
    for (Result r : results) arr.add(result(r));
    Summary s = Summary.of(results);
    var summary = JsonWriter.object();
    for (var e : s.byVerdict().entrySet()) summary.put(e.getKey().word(), e.getValue());
    summary.put("passed", s.passed()).put("failed", s.failed()).put("total", results.size());
    return JsonWriter.object().put("results", arr).put("summary", summary).toPrettyJson();
  }

  /**
   * {@code verify}'s report: the same object, each result with its {@code finding} (holds, first error, further
   * error, follows from error, unknown) and {@code cause_step}; the summary also counts derivations and errors.
   */
  static String verify(List<Verification> all) {
    var arr = JsonWriter.array();
    var results = new java.util.ArrayList<Result>();
    int derivations = 0;
    for (Verification v : all) {
      derivations += v.derivations();
      for (VerifiedStep s : v.steps()) {
        results.add(s.result());
        arr.add(result(s.result())
            .put("finding", s.finding().name().toLowerCase(java.util.Locale.ROOT))
            .put("cause_step", s.causeStep() < 0 ? null : s.causeStep()));
      }
    }
    var counts = VerifyTextReport.Counts.of(all.stream().flatMap(v -> v.steps().stream()).toList());
    Summary s = Summary.of(results);
    var summary = JsonWriter.object();
    for (var e : s.byVerdict().entrySet()) summary.put(e.getKey().word(), e.getValue());
    summary.put("passed", s.passed()).put("failed", s.failed()).put("total", results.size())
        .put("derivations", derivations).put("errors", counts.errors())
        .put("following_from_error", counts.following());
    return JsonWriter.object().put("results", arr).put("summary", summary).toPrettyJson();
  }

  private static JsonWriter.Obj result(Result r) {
    Verdict v = r.verdict();
    var o = JsonWriter.object()
        .put("source", r.source())
        .put("id", r.id())
        .put("derivation", r.derivation())
        .put("step", r.step())
        .put("lhs", r.lhs() == null ? null : Printing.latex(r.lhs()))
        .put("relation", r.relation() == null ? null : r.relation().latex())
        .put("rhs", r.rhs() == null ? null : Printing.latex(r.rhs()))
        .put("verdict", v.kind().word())
        .put("detail", r.message() != null ? r.message() : v.detail());
    var ce = v.counterexample();
    if (ce.isPresent()) {
      var point = JsonWriter.object();
      ce.get().point().forEach((k, val) -> point.put(Points.name(k), val));
      o.put("counterexample", point);
    } else {
      o.put("counterexample", null);
    }
    o.put("expected", r.expected().word());
    o.put("as_expected", r.asExpected());
    return o;
  }
}
