package derivcheck.run;

import derivcheck.run.CorpusScore.Match;
import derivcheck.run.CorpusScore.Observed;
import derivcheck.run.CorpusScore.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text report of a {@link CorpusScore}: the figures overall and per topic, then every case worth a look. */
final class CorpusReport {
  private CorpusReport() {}

  static String of(CorpusScore s, int documents) {
    var b = new StringBuilder();
    b.append("Real-derivation corpus: ").append(documents).append(" documents\n\n");
    b.append(String.format(Locale.ROOT, "%-14s %5s %6s %5s %5s %7s %6s %6s %5s %7s %7s %7s%n", "topic", "steps",
        "right", "FA", "AW", "wrong", "found", "abst", "notrd", "errAcc", "corAcc", "F1"));
    for (Map.Entry<String, Tally> e : s.topics.entrySet()) b.append(row(e.getKey(), e.getValue()));
    b.append(row("ALL", s.overall));
    Tally t = s.overall;
    b.append(String.format(Locale.ROOT,
        "%nsteps labelled %d: right %d (%s), false alarms %d, accepted wrong %d, abstained %d, not read %d%n"
            + "wrong steps %d, found at their step %d (%s)%n"
            + "derivations %d with an error (%d first errors found), %d correct (%d with nothing refuted); "
            + "first-error F1 %s%nunlabelled steps reported by verify: %d%n",
        t.labelled, t.right, pct(t.right, t.labelled), t.falseAlarms, t.acceptedWrong, t.abstained, t.notRead,
        t.wrong, t.wrongFound, pct(t.wrongFound, t.wrong), t.erroneousDerivations, t.erroneousHit,
        t.correctDerivations, t.correctClean, pct(t.f1()), s.unlabelled.size()));
    section(b, "FALSE ALARMS and ACCEPTED WRONG steps (soundness failures)",
        s.matches.stream().filter(m -> m.soundnessFailure())
            .map(m -> (m.knownEntry() != null ? "[known open bug: " + m.knownEntry() + "] " : "[NEW] ")
                + m.outcome() + " " + m.describe()).toList());
    section(b, "Known-false-alarm entries that no longer occur (remove them)", s.staleKnown);
    b.append("\nAbstentions by reason:\n");
    s.abstentions.entrySet().stream()
        .sorted((x, y) -> y.getValue().size() - x.getValue().size())
        .forEach(e -> {
          b.append(String.format(Locale.ROOT, "  %3d  %s%n", e.getValue().size(), e.getKey()));
          for (Match m : e.getValue()) b.append("         ").append(m.describe()).append('\n');
        });
    var unl = new ArrayList<String>();
    for (Observed o : s.unlabelled) unl.add(o.where() + " " + o.kind().word() + ": " + o.detail());
    section(b, "Unlabelled steps (verify found them; no label names them)", unl);
    return b.toString();
  }

  private static String row(String name, Tally t) {
    return String.format(Locale.ROOT, "%-14s %5d %6d %5d %5d %7d %6d %6d %5d %7s %7s %7s%n", name, t.labelled, t.right,
        t.falseAlarms, t.acceptedWrong, t.wrong, t.wrongFound, t.abstained, t.notRead, pct(t.errorAccuracy()),
        pct(t.correctAccuracy()), pct(t.f1()));
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    b.append('\n').append(title).append(": ").append(lines.size()).append('\n');
    for (String l : lines) b.append("  ").append(l).append('\n');
  }

  private static String pct(int part, int whole) {
    return whole == 0 ? "n/a" : pct((double) part / whole);
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
  }
}
