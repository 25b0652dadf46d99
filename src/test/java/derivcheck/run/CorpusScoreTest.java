package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import derivcheck.check.Verdict.Kind;
import derivcheck.run.CorpusScore.Observed;
import derivcheck.run.CorpusScore.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The real-corpus scorer on a tiny synthetic corpus whose figures are worked out by hand. */
class CorpusScoreTest {
  private static final List<String> SIG_LABELS = List.of(
      "# a comment", "## derivation chain rule", "3 holds ok", "4 wrong sign slip", "5 holds repeats the slip",
      "", "## derivation one row, two steps", "8#1 holds first", "8#2 holds second", "9 holds a row of two steps");
  private static final List<String> TANH_LABELS = List.of(
      "## derivation e1", "2 holds x", "3 holds y", "## derivation e2", "6 wrong z", "7 holds w",
      "## derivation e3", "10 holds v");

  private static final List<Observed> OBSERVED = List.of(
      new Observed("sig-a.md", 3, 0, 1, Kind.PROVED, "by evaluate"),
      new Observed("sig-a.md", 4, 0, 2, Kind.REFUTED, "at x = 1: left side 1, right side -1"),
      new Observed("sig-a.md", 5, 0, 3, Kind.PROVED, "by evaluate"),
      new Observed("sig-a.md", 8, 1, 1, Kind.CONFIRMED, "numeric"),
      new Observed("sig-a.md", 8, 1, 2, Kind.REFUTED, "at T = 8.7: left side 1, right side 2"),
      new Observed("sig-a.md", 9, 1, 3, Kind.PROVED, "by evaluate"),
      new Observed("sig-a.md", 9, 1, 4, Kind.UNKNOWN, "cannot evaluate numerically: \\foo(x)"),
      new Observed("sig-a.md", 11, 2, 1, Kind.PROVED, "by evaluate"),
      new Observed("tanh-b.md", 2, 0, 1, Kind.UNKNOWN, "at x = 0.3: cannot evaluate numerically: \\bar"),
      new Observed("tanh-b.md", 6, 1, 1, Kind.PROVED, "by evaluate"),
      new Observed("tanh-b.md", 7, 1, 2, Kind.PROVED, "by evaluate"),
      new Observed("tanh-b.md", 10, 2, 1, Kind.CONFIRMED, "numeric"));

  private static CorpusScore score(KnownFalseAlarms known) {
    var labels = new ArrayList<>(CorpusLabels.parse("sig-a.md", SIG_LABELS));
    labels.addAll(CorpusLabels.parse("tanh-b.md", TANH_LABELS));
    return CorpusScore.of(labels, OBSERVED, known);
  }

  @Test
  void eachLabelGetsTheOutcomeOfItsStep() {
    Map<String, Outcome> outcomes = new TreeMap<>();
    for (var m : score(KnownFalseAlarms.none()).matches) outcomes.put(m.label().key(), m.outcome());
    assertEquals(Map.ofEntries(
        Map.entry("sig-a.md:3", Outcome.RIGHT), Map.entry("sig-a.md:4", Outcome.RIGHT),
        Map.entry("sig-a.md:5", Outcome.RIGHT), Map.entry("sig-a.md:8#1", Outcome.RIGHT),
        Map.entry("sig-a.md:8#2", Outcome.FALSE_ALARM),
        Map.entry("sig-a.md:9", Outcome.ABSTAINED), // one of its two steps is unknown and none is refuted
        Map.entry("tanh-b.md:2", Outcome.ABSTAINED), Map.entry("tanh-b.md:3", Outcome.NOT_READ),
        Map.entry("tanh-b.md:6", Outcome.ACCEPTED_WRONG), Map.entry("tanh-b.md:7", Outcome.RIGHT),
        Map.entry("tanh-b.md:10", Outcome.RIGHT)), outcomes);
  }

  @Test
  void countsStepsAndFindsTheUnlabelledOne() {
    var s = score(KnownFalseAlarms.none());
    var t = s.overall;
    assertEquals(List.of(11, 6, 1, 1, 2, 1, 2, 1), List.of(t.labelled, t.right, t.falseAlarms, t.acceptedWrong,
        t.abstained, t.notRead, t.wrong, t.wrongFound));
    assertEquals(List.of("sig-a.md:11#1"), s.unlabelled.stream().map(Observed::where).toList());
    assertEquals(6, s.topics.get("sig").labelled);
    assertEquals(5, s.topics.get("tanh").labelled);
  }

  @Test
  void firstErrorF1IsTheHarmonicMeanOfTheTwoAccuracies() {
    var t = score(KnownFalseAlarms.none()).overall;
    // chain rule: first error at its step (hit); e2: error not found; one-row: a correct derivation with a step
    // refuted; e1 and e3: correct, nothing refuted.
    assertEquals(List.of(2, 1, 3, 2), List.of(t.erroneousDerivations, t.erroneousHit, t.correctDerivations,
        t.correctClean));
    assertEquals(0.5, t.errorAccuracy(), 1e-12);
    assertEquals(2.0 / 3, t.correctAccuracy(), 1e-12);
    assertEquals(4.0 / 7, t.f1(), 1e-12); // 2 * 1/2 * 2/3 / (1/2 + 2/3); the arithmetic mean would be 7/12
    assertEquals(0.0, score(KnownFalseAlarms.none()).topics.get("tanh").errorAccuracy(), 1e-12);
    assertEquals(1.0, score(KnownFalseAlarms.none()).topics.get("sig").errorAccuracy(), 1e-12);
    assertEquals(0.0, score(KnownFalseAlarms.none()).topics.get("sig").f1(), 1e-12);
  }

  @Test
  void abstentionsAreGroupedByTheFirstWordsOfTheirReason() {
    var groups = score(KnownFalseAlarms.none()).abstentions;
    assertEquals(Map.of("cannot evaluate numerically: \u2026", 2, "not read (verify reports no step on this line)", 1),
        new TreeMap<>(groups.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()))));
  }

  @Test
  void abstentionReasonsLeaveOutPlacesAndFormulas() {
    var label = CorpusLabels.parse("x.md", List.of("3 holds a")).get(0);
    java.util.function.Function<String, String> group = d -> CorpusScore.reason(
        new CorpusScore.Match(label, Outcome.ABSTAINED, Kind.UNKNOWN, d, null));
    assertEquals("\u2026 is not a vector here", group.apply(
        "o_{i}: o is not a vector here (declare it, e.g. o \\in \\mathbb{R}^n), so i is not an index"));
    assertEquals("differentiates \u2026 which the document does not define",
        group.apply("differentiates p_{j}, which the document does not define"));
    assertEquals("cannot parse: a signed exponent needs braces", group.apply(
        "cannot parse: a signed exponent needs braces, as in ^{-1} (at 9:25)"));
  }

  @Test
  void knownFalseAlarmsAreToleratedAndStaleEntriesReported() {
    var known = KnownFalseAlarms.parse(List.of("# open bugs", "sig-a.md:8#2  ^T read as a power of T",
        "tanh-b.md:6  the matrix A read as a scalar", "tanh-b.md:7  no longer happens"));
    var s = score(known);
    var failures = s.matches.stream().filter(CorpusScore.Match::soundnessFailure).toList();
    assertEquals(List.of("sig-a.md:8#2", "tanh-b.md:6"), failures.stream().map(CorpusScore.Match::knownEntry).toList());
    assertEquals(List.of("tanh-b.md:7"), s.staleKnown);
    var byRow = KnownFalseAlarms.parse(List.of("sig-a.md:8  a whole row"));
    var s2 = score(byRow);
    assertEquals("sig-a.md:8", s2.matches.stream().filter(m -> m.label().key().equals("sig-a.md:8#2")).findFirst()
        .orElseThrow().knownEntry());
    assertNull(s2.matches.stream().filter(m -> m.label().key().equals("tanh-b.md:6")).findFirst().orElseThrow()
        .knownEntry());
    assertEquals(List.of(), s2.staleKnown);
  }

  @Test
  void malformedLabelsAreRejectedWithTheirLine() {
    var e = assertThrows(CorpusLabels.FormatError.class,
        () -> CorpusLabels.parse("x.md", List.of("## derivation a", "3 hold typo")));
    assertEquals("x.labels:2: expected 'LINE[#K] holds|wrong REASON', got: 3 hold typo", e.getMessage());
    assertThrows(CorpusLabels.FormatError.class, () -> CorpusLabels.parse("x.md", List.of("3 holds a", "3 holds b")));
    assertThrows(CorpusLabels.FormatError.class, () -> CorpusLabels.parse("x.md", List.of("3 wrong")));
    assertThrows(CorpusLabels.FormatError.class, () -> KnownFalseAlarms.parse(List.of("x.md:3")));
  }

  @Test
  void aRepeatedHeaderContinuesItsDerivation() {
    var labels = CorpusLabels.parse("x.md", List.of("## derivation main", "3 holds a", "## derivation side",
        "4 holds b", "## derivation main", "5 wrong c"));
    assertEquals(List.of(0, 1, 0), labels.stream().map(CorpusLabels.Label::derivation).toList());
    var s = CorpusScore.of(labels, List.of(new Observed("x.md", 5, 0, 1, Kind.REFUTED, "at x = 1: ...")),
        KnownFalseAlarms.none());
    assertEquals(1, s.overall.erroneousDerivations, "main has the wrong step; side is correct");
    assertEquals(1, s.overall.correctDerivations);
  }

  @Test
  void topicIsTheFileNameUpToTheFirstDash() {
    assertEquals("sigmoid", CorpusScore.topic("sigmoid-derivative-stackexchange-1.md"));
    assertEquals("softmax", CorpusScore.topic("softmax.tex"));
  }
}
