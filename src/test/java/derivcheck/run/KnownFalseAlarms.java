package derivcheck.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code known-false-alarms.txt} of the real corpus: soundness failures (a correct step refuted, a wrong one accepted)
 * that are known open bugs of the engine, one per line as {@code FILE:LINE[#K]  CAUSE}. A listed failure is reported
 * but tolerated; an entry that no longer occurs must be removed, so the list only shrinks.
 */
final class KnownFalseAlarms {
  private final Map<String, String> causes;

  private KnownFalseAlarms(Map<String, String> causes) {
    this.causes = causes;
  }

  static KnownFalseAlarms none() {
    return new KnownFalseAlarms(Map.of());
  }

  /** Reads the list; a line without a cause is an error, since the cause is what the engine work is steered by. */
  static KnownFalseAlarms parse(List<String> lines) {
    var causes = new LinkedHashMap<String, String>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] parts = l.split("\\s+", 2);
      if (parts.length < 2 || !parts[0].matches(".+:\\d+(#\\d+)?")) {
        throw new CorpusLabels.FormatError("known-false-alarms.txt:" + (i + 1)
            + ": expected 'FILE:LINE[#K]  CAUSE', got: " + l);
      }
      causes.put(parts[0], parts[1].strip());
    }
    return new KnownFalseAlarms(causes);
  }

  /** The entry that covers a label: the exact key, or the whole row ({@code FILE:LINE}) when the label has a K. */
  String entryFor(CorpusLabels.Label label) {
    if (causes.containsKey(label.key())) return label.key();
    String row = label.file() + ":" + label.line();
    return causes.containsKey(row) ? row : null;
  }

  String cause(String entry) {
    return causes.get(entry);
  }

  Iterable<String> entries() {
    return causes.keySet();
  }
}
