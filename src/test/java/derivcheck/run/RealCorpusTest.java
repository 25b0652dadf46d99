package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-derivation corpus in {@code src/test/resources/real/} (format: CORPUS-FORMAT.md): derivations people
 * outside the team wrote, each step labelled by hand. verify runs on every document as the CLI runs it (its default
 * seed, 2 s per symbolic proof, 4 s proof budget); the figures go to standard output and to
 * {@code target/real-corpus-report.txt}. The test fails on any correct step refuted or wrong step proved or
 * confirmed, unless {@code known-false-alarms.txt} lists it as a known open bug, and on any listed entry that no
 * longer occurs.
 */
class RealCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/real");
  private static CorpusScore score;
  private static int documents;

  @BeforeAll
  static void verifyAll() throws IOException {
    derivcheck.cas.Cas.warmUpInBackground();
    var options = CheckOptions.defaults().withSymbolicBudget(Duration.ofSeconds(2));
    var verifier = new Verifier(new Kernel(options), Definitions.builtinsOnly(), Duration.ofSeconds(4));
    var labels = new ArrayList<CorpusLabels.Label>();
    var observed = new ArrayList<CorpusScore.Observed>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        DocKind kind = DocKind.of(name);
        if (kind == null) continue;
        Path labelFile = f.resolveSibling(name.replaceFirst("\\.(md|tex)$", ".labels"));
        assertTrue(Files.exists(labelFile), name + " has no labels file " + labelFile.getFileName());
        labels.addAll(CorpusLabels.parse(name, Files.readAllLines(labelFile, StandardCharsets.UTF_8)));
        Verification v = verifier.verify(name, Files.readString(f, StandardCharsets.UTF_8), kind);
        for (VerifiedStep s : v.steps()) observed.add(CorpusScore.Observed.of(s));
        documents++;
      }
    }
    Path knownFile = DIR.resolve("known-false-alarms.txt");
    var known = Files.exists(knownFile) ? KnownFalseAlarms.parse(Files.readAllLines(knownFile)) : KnownFalseAlarms.none();
    score = CorpusScore.of(labels, observed, known);
    String report = CorpusReport.of(score, documents);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/real-corpus-report.txt"), report, StandardCharsets.UTF_8);
  }

  @Test
  void everyLabelsFileHasADocument() throws IOException {
    var orphans = new ArrayList<String>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".labels")) continue;
        String stem = name.substring(0, name.length() - ".labels".length());
        if (!Files.exists(DIR.resolve(stem + ".md")) && !Files.exists(DIR.resolve(stem + ".tex"))) orphans.add(name);
      }
    }
    assertEquals(List.of(), orphans, "labels files without a .md or .tex document");
  }

  @Test
  void noCorrectStepIsRefutedAndNoWrongStepAcceptedBeyondTheKnownBugs() {
    var failures = score.matches.stream().filter(m -> m.soundnessFailure() && m.knownEntry() == null)
        .map(m -> m.outcome() + " " + m.describe()).toList();
    assertEquals(List.of(), failures,
        "new soundness failures (fix the engine, or list each in known-false-alarms.txt with its cause)");
  }

  @Test
  void everyKnownFalseAlarmStillOccurs() {
    assertEquals(List.of(), score.staleKnown, "known-false-alarms.txt entries that no longer occur: remove them");
  }
}
