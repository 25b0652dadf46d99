package derivcheck.run;

import derivcheck.check.Verdict;
import derivcheck.run.CorpusLabels.Label;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores verify's verdicts against the hand labels of the real corpus (CORPUS-FORMAT.md): each label is matched to
 * the step(s) verify reports on its line ({@code #K} picks step K), and counted as right, false alarm, accepted
 * wrong, abstained or not read; steps no label mentions are listed; and each derivation is scored ProcessBench-style
 * on its first error.
 */
final class CorpusScore {
  /** One step as verify reported it; {@code k} counts the steps of its derivation from 1. */
  record Observed(String file, int line, int derivation, int k, Verdict.Kind kind, String detail) {
    static Observed of(VerifiedStep s) {
      Result r = s.result();
      String detail = r.verdict().detail() != null ? r.verdict().detail() : r.message();
      return new Observed(r.file(), r.line(), r.derivation(), r.step() + 1, r.verdict().kind(),
          detail == null ? "" : detail);
    }

    String where() {
      return file + ":" + line + "#" + k;
    }
  }

  enum Outcome { RIGHT, FALSE_ALARM, ACCEPTED_WRONG, ABSTAINED, NOT_READ }

  /** A label and what verify said on its step; {@code knownEntry} is the known-false-alarm entry covering it. */
  record Match(Label label, Outcome outcome, Verdict.Kind kind, String detail, String knownEntry) {
    boolean soundnessFailure() {
      return outcome == Outcome.FALSE_ALARM || outcome == Outcome.ACCEPTED_WRONG;
    }

    String describe() {
      return label.key() + "  labelled " + (label.wrong() ? "wrong" : "holds") + " (" + label.reason() + "), verify: "
          + (kind == null ? "no step on this line" : kind.word() + ": " + detail);
    }
  }

  /** The counts of one group of documents. */
  static final class Tally {
    int labelled, right, falseAlarms, acceptedWrong, abstained, notRead;
    int wrong, wrongFound;
    int erroneousDerivations, erroneousHit, correctDerivations, correctClean;

    void count(Match m) {
      labelled++;
      if (m.label().wrong()) wrong++;
      switch (m.outcome()) {
        case RIGHT -> {
          right++;
          if (m.label().wrong()) wrongFound++;
        }
        case FALSE_ALARM -> falseAlarms++;
        case ACCEPTED_WRONG -> acceptedWrong++;
        case ABSTAINED -> abstained++;
        case NOT_READ -> notRead++;
      }
    }

    void countDerivation(int firstWrong, int firstRefuted) {
      if (firstWrong >= 0) {
        erroneousDerivations++;
        if (firstRefuted == firstWrong) erroneousHit++;
      } else {
        correctDerivations++;
        if (firstRefuted < 0) correctClean++;
      }
    }

    /** Accuracy on derivations with an error (first error found at its step); NaN when there are none. */
    double errorAccuracy() {
      return erroneousDerivations == 0 ? Double.NaN : (double) erroneousHit / erroneousDerivations;
    }

    /** Accuracy on correct derivations (no step refuted); NaN when there are none. */
    double correctAccuracy() {
      return correctDerivations == 0 ? Double.NaN : (double) correctClean / correctDerivations;
    }

    /** The harmonic mean of the two accuracies (0 when both are 0); NaN when either kind of derivation is missing. */
    double f1() {
      double a = errorAccuracy();
      double b = correctAccuracy();
      if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
      return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }
  }

  final List<Match> matches = new ArrayList<>();
  final List<Observed> unlabelled = new ArrayList<>();
  /** Abstentions (unknown verdicts and labels with no step) by the first words of the reason, with their labels. */
  final Map<String, List<Match>> abstentions = new TreeMap<>();
  final Tally overall = new Tally();
  final Map<String, Tally> topics = new TreeMap<>();
  /** Known-false-alarm entries that no longer occur. */
  final List<String> staleKnown = new ArrayList<>();

  private CorpusScore() {}

  static CorpusScore of(List<Label> labels, List<Observed> observed, KnownFalseAlarms known) {
    var score = new CorpusScore();
    Set<Observed> used = new HashSet<>();
    var derivations = new LinkedHashMap<String, List<Match>>();
    for (Label label : labels) {
      var here = new ArrayList<Observed>();
      for (Observed o : observed) {
        if (o.file().equals(label.file()) && o.line() == label.line() && (label.k() == 0 || o.k() == label.k())) {
          here.add(o);
        }
      }
      used.addAll(here);
      Match m = match(label, here, known);
      score.matches.add(m);
      score.overall.count(m);
      score.topics.computeIfAbsent(topic(label.file()), t -> new Tally()).count(m);
      if (m.outcome() == Outcome.ABSTAINED || m.outcome() == Outcome.NOT_READ) {
        score.abstentions.computeIfAbsent(reason(m), r -> new ArrayList<>()).add(m);
      }
      derivations.computeIfAbsent(label.file() + "\u0000" + label.derivation(), d -> new ArrayList<>()).add(m);
    }
    for (var steps : derivations.values()) {
      int firstWrong = -1;
      int firstRefuted = -1;
      for (int i = 0; i < steps.size(); i++) {
        if (firstWrong < 0 && steps.get(i).label().wrong()) firstWrong = i;
        if (firstRefuted < 0 && steps.get(i).kind() == Verdict.Kind.REFUTED) firstRefuted = i;
      }
      score.overall.countDerivation(firstWrong, firstRefuted);
      score.topics.get(topic(steps.get(0).label().file())).countDerivation(firstWrong, firstRefuted);
    }
    for (Observed o : observed) {
      if (!used.contains(o)) score.unlabelled.add(o);
    }
    var occurring = new HashSet<String>();
    for (Match m : score.matches) {
      if (m.soundnessFailure() && m.knownEntry() != null) occurring.add(m.knownEntry());
    }
    for (String entry : known.entries()) {
      if (!occurring.contains(entry)) score.staleKnown.add(entry);
    }
    return score;
  }

  /**
   * The verdict of a label's row: refuted if any of its steps is, holds if all of them hold, else the first step that
   * neither holds nor is refuted.
   */
  private static Match match(Label label, List<Observed> here, KnownFalseAlarms known) {
    if (here.isEmpty()) return new Match(label, Outcome.NOT_READ, null, "", null);
    Observed decisive = here.stream().filter(o -> o.kind() == Verdict.Kind.REFUTED).findFirst()
        .orElse(here.stream().filter(o -> !o.kind().holds()).findFirst().orElse(here.get(0)));
    Verdict.Kind kind = decisive.kind();
    String detail = (here.size() > 1 ? "(" + here.size() + " steps on this row) " : "") + decisive.detail();
    Outcome outcome;
    if (kind == Verdict.Kind.REFUTED) {
      outcome = label.wrong() ? Outcome.RIGHT : Outcome.FALSE_ALARM;
    } else if (kind.holds()) {
      outcome = label.wrong() ? Outcome.ACCEPTED_WRONG : Outcome.RIGHT;
    } else {
      outcome = Outcome.ABSTAINED;
    }
    String entry = outcome == Outcome.FALSE_ALARM || outcome == Outcome.ACCEPTED_WRONG ? known.entryFor(label) : null;
    return new Match(label, outcome, kind, detail, entry);
  }

  /** The topic of a corpus file: its name up to the first '-' (sigmoid-derivative-se-1.md -> sigmoid). */
  static String topic(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    int dash = name.indexOf('-');
    return dash > 0 ? name.substring(0, dash) : name;
  }

  /**
   * The group of an abstention: the first words of its reason up to a parenthesis or the end of a clause, with its
   * place ("at x = 1.3: ", "o_{i}: ") left out and each formula or lone letter replaced by "…", so that the same cause at different steps falls into one group.
   */
  static String reason(Match m) {
    if (m.outcome() == Outcome.NOT_READ) return "not read (verify reports no step on this line)";
    String d = m.detail().replaceFirst("^\\(\\d+ steps on this row\\) ", "");
    if (d.startsWith("at ") && d.contains(": ")) d = d.substring(d.indexOf(": ") + 2);
    d = d.replaceFirst("^\\S*[\\\\{}$=^_]\\S*: ", "");
    var words = new ArrayList<String>();
    for (String w : d.split("\\s+")) {
      if (w.isEmpty()) continue;
      if (w.startsWith("(")) break;
      boolean formula = w.matches(".*[\\\\{}$=0-9^_].*") || w.matches("[b-zB-Z]");
      String word = formula ? "\u2026" : w.replaceAll("[;,.(]+$", "");
      if (!(formula && !words.isEmpty() && words.get(words.size() - 1).equals("\u2026")) && !word.isEmpty()) {
        words.add(word);
      }
      if (words.size() == 8 || (!formula && !word.equals(w))) break;
    }
    String group = String.join(" ", words);
    return (m.kind() == Verdict.Kind.ERROR ? "error: " : "") + (group.isEmpty() ? "(no reason given)" : group);
  }
}
