package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import derivcheck.run.VerifiedStep.Finding;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 20-page homework ({@link SyntheticHomework}) with the settings of {@code derivcheck verify}: every planted error
 * is found at its line, every other step holds. The time is printed, not asserted (the machine may be shared).
 */
class LongDocumentTest {
  @Test
  void twentyPagesAreCheckedStepByStep() {
    SyntheticHomework.Document doc = SyntheticHomework.pages(20);
    var options = CheckOptions.defaults().withSymbolicBudget(Duration.ofSeconds(2));
    var verifier = new Verifier(new Kernel(options), Definitions.builtinsOnly(), Duration.ofSeconds(4));
    long start = System.nanoTime();
    Verification v = verifier.verify("long.md", doc.text(), DocKind.MARKDOWN);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("verify: 20 pages, " + doc.text().lines().count() + " lines, " + v.steps().size()
        + " steps, " + v.derivations() + " derivations in " + millis + " ms");
    assertTrue(v.steps().size() >= 250, "about a dozen steps a page");
    List<Integer> errorLines = v.steps().stream().filter(s -> s.finding().isError())
        .map(s -> s.result().line()).toList();
    assertEquals(doc.errorLines(), errorLines);
    for (VerifiedStep s : v.steps()) {
      if (s.finding() == Finding.FIRST_ERROR) continue;
      assertTrue(s.result().verdict().kind().holds(), s.result().source() + ": " + s.result().verdict());
    }
  }
}
