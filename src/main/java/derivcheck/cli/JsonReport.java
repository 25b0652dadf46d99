package derivcheck.cli;

import derivcheck.check.Points;
import derivcheck.check.Verdict;
import derivcheck.render.JsonWriter;
import derivcheck.render.LatexPrinter;
import derivcheck.run.Result;
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

  private static JsonWriter.Obj result(Result r) {
    Verdict v = r.verdict();
    var o = JsonWriter.object()
        .put("source", r.source())
        .put("id", r.id())
        .put("derivation", r.derivation())
        .put("step", r.step())
        .put("lhs", r.lhs() == null ? null : LatexPrinter.print(r.lhs()))
        .put("relation", r.relation() == null ? null : r.relation().latex())
        .put("rhs", r.rhs() == null ? null : LatexPrinter.print(r.rhs()))
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
