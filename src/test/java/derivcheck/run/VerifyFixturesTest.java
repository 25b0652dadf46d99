package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import derivcheck.run.VerifiedStep.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The student documents in {@code src/test/resources/verify/}: every planted error found at its step, no correct
 * step refuted, no wrong step proved or confirmed, as {@code expected.txt} states.
 */
class VerifyFixturesTest {
  private static final Path DIR = Path.of("src/test/resources/verify");
  private static final Map<String, String> EXPECTED = new HashMap<>();
  private static final List<Verification> RESULTS = new ArrayList<>();

  @BeforeAll
  static void verifyAll() throws IOException {
    for (String line : Files.readAllLines(DIR.resolve("expected.txt"))) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] parts = l.split("\\s+");
      EXPECTED.put(parts[0], parts[1]);
    }
    var options = CheckOptions.defaults().withSymbolicBudget(Duration.ofSeconds(2));
    var verifier = new Verifier(new Kernel(options), Definitions.builtinsOnly(), Duration.ofSeconds(5));
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.sorted().toList()) {
        DocKind kind = DocKind.of(f.toString());
        if (kind == null) continue;
        RESULTS.add(verifier.verify(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), kind));
      }
    }
  }

  @Test
  void everyStepIsWhatExpectedTxtSays() {
    var problems = new ArrayList<String>();
    var seen = new TreeSet<String>();
    for (Verification v : RESULTS) {
      for (VerifiedStep s : v.steps()) {
        String where = s.result().source();
        String step = where + "#" + (s.result().step() + 1);
        seen.add(where);
        seen.add(step);
        String want = EXPECTED.getOrDefault(step, EXPECTED.getOrDefault(where, "holds"));
        Verdict.Kind k = s.result().verdict().kind();
        boolean ok;
        switch (want) {
          case "error": ok = s.finding().isError(); break;
          case "follows": ok = s.finding() == Finding.FOLLOWS_FROM_ERROR; break;
          case "open": ok = k != Verdict.Kind.REFUTED; break;
          case "wrong": ok = !k.holds(); break;
          default: ok = k.holds();
        }
        if (!ok) {
          problems.add(where + " step " + (s.result().step() + 1) + " of derivation " + (s.result().derivation() + 1)
              + ": expected " + want + ", got " + s.finding() + " / " + s.result().verdict());
        }
      }
    }
    for (String where : EXPECTED.keySet()) {
      if (!seen.contains(where)) problems.add(where + ": expected a step here, found none");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theScalarDocumentsAreFullyDecided() {
    for (Verification v : RESULTS) {
      for (VerifiedStep s : v.steps()) {
        String where = s.result().source();
        String want = EXPECTED.getOrDefault(where + "#" + (s.result().step() + 1), EXPECTED.getOrDefault(where, "holds"));
        if (want.equals("open") || want.equals("wrong")) continue;
        assertTrue(s.finding() != Finding.UNKNOWN, s.result().source() + ": " + s.result().verdict());
      }
    }
  }

  @Test
  void eachDocumentHasTheDerivationsAStudentWrote() {
    Map<String, Integer> derivations = new HashMap<>();
    for (Verification v : RESULTS) derivations.put(v.file(), v.derivations());
    assertEquals(4, derivations.get("sigmoid-sign-slip.md"), "Q1(b), its inline summary, Q1(c) and its inline");
    // 8: "recall that tanh(x) = ..." restates a builtin and is checked; the display after 'which gives' continues (a)
    assertEquals(8, derivations.get("sigmoid-tanh.md"), "the display after 'which gives' continues part (a)");
  }
}
