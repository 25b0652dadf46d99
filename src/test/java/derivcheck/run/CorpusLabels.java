package derivcheck.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code SLUG.labels} file of the real-derivation corpus (format: CORPUS-FORMAT.md): {@code ## derivation NAME}
 * starts a derivation, {@code LINE[#K] holds|wrong REASON} labels one step of it, {@code #} starts a comment. A header
 * that repeats an earlier name of the same file continues that derivation: an author may interrupt a chain with a side
 * computation and return to it, and the labels stay in document order.
 */
final class CorpusLabels {
  /** One labelled step: {@code k} is 0 when the label names the whole row (no {@code #K}). */
  record Label(String file, int line, int k, boolean wrong, String reason, int derivation, String derivationName) {
    /** {@code FILE:LINE} or {@code FILE:LINE#K}, as the labels and the known-false-alarm list write it. */
    String key() {
      return file + ":" + line + (k > 0 ? "#" + k : "");
    }
  }

  /** A line of a labels file that does not follow the format. */
  static final class FormatError extends RuntimeException {
    FormatError(String message) {
      super(message);
    }
  }

  private static final Pattern HEADER = Pattern.compile("##\\s*derivation\\b\\s*(.*)");
  private static final Pattern STEP = Pattern.compile("(\\d+)(?:#(\\d+))?\\s+(holds|wrong)\\b\\s*(.*)");

  private CorpusLabels() {}

  /**
   * The labels of {@code file} (the document's file name) in document order. Steps before the first derivation
   * header belong to an unnamed derivation. Throws {@link FormatError} naming the labels line for a malformed line,
   * a step labelled twice, or a label without a reason.
   */
  static List<Label> parse(String file, List<String> lines) {
    var out = new ArrayList<Label>();
    var seen = new HashSet<String>();
    var names = new java.util.HashMap<String, Integer>();
    int derivation = -1;
    String name = "";
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty()) continue;
      Matcher h = HEADER.matcher(l);
      if (h.matches()) {
        name = h.group(1).strip();
        derivation = names.computeIfAbsent(name, n -> names.size());
        continue;
      }
      if (l.startsWith("#")) continue;
      Matcher s = STEP.matcher(l);
      String where = file.replaceFirst("\\.(md|tex)$", ".labels") + ":" + (i + 1);
      if (!s.matches()) throw new FormatError(where + ": expected 'LINE[#K] holds|wrong REASON', got: " + l);
      if (s.group(4).isBlank()) throw new FormatError(where + ": a label needs a one-line reason");
      if (derivation < 0) derivation = names.computeIfAbsent("", n -> names.size());
      int k = s.group(2) == null ? 0 : Integer.parseInt(s.group(2));
      var label = new Label(file, Integer.parseInt(s.group(1)), k, s.group(3).equals("wrong"), s.group(4).strip(),
          derivation, name);
      if (!seen.add(label.key())) throw new FormatError(where + ": " + label.key() + " is labelled twice");
      out.add(label);
    }
    return out;
  }
}
