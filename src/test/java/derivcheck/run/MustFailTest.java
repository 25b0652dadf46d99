package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.lib.Definitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures that a checker which always said "ok" (or always "wrong") would get wrong. */
class MustFailTest {
  static List<Result> run(String name) throws IOException {
    Path f = Path.of("src/test/resources/mustfail", name);
    var runner = new Runner(new Kernel(CheckOptions.defaults()), Definitions.builtinsOnly());
    return runner.runFile(f.toString(), Files.readString(f));
  }

  static List<Result> failures(List<Result> results) {
    return results.stream().filter(r -> !r.asExpected()).toList();
  }

  @Test
  void anUnmarkedWrongStepFailsAtItsOwnLine() throws IOException {
    List<Result> results = run("wrong-step.tex");
    assertEquals(5, results.size());
    List<Result> bad = failures(results);
    // The wrong row, and the next step, which goes from the wrong expression back to the right answer.
    assertEquals(2, bad.size(), () -> bad.toString());
    assertEquals(7, bad.get(0).line());
    assertEquals(3, bad.get(0).step());
    assertEquals(Verdict.Kind.REFUTED, bad.get(0).verdict().kind());
    assertEquals(8, bad.get(1).line());
  }

  @Test
  void aFalseClaimStatedAsTrueFails() throws IOException {
    List<Result> bad = failures(run("false-claim-unmarked.tex"));
    assertEquals(1, bad.size());
    assertEquals(Verdict.Kind.REFUTED, bad.get(0).verdict().kind());
  }

  @Test
  void aTrueClaimMarkedFalseFails() throws IOException {
    List<Result> bad = failures(run("true-claim-marked-false.tex"));
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).verdict().kind().holds());
  }

  @Test
  void unreadableLatexIsAnErrorWithFileLineColumnAndCaret() throws IOException {
    List<Result> results = run("bad-latex.tex");
    assertEquals(1, results.size());
    Result r = results.get(0);
    assertEquals(Verdict.Kind.ERROR, r.verdict().kind());
    assertFalse(r.asExpected());
    String[] lines = r.message().split("\n");
    assertEquals(3, lines.length, r.message());
    assertTrue(lines[0].startsWith("src/test/resources/mustfail/bad-latex.tex:2:"), lines[0]);
    assertEquals("\\claim{broken}{\\sigma(x) = x + }", lines[1]);
    assertEquals(lines[1].indexOf('+') + 1, lines[2].indexOf('^'), "caret just after the '+'");
  }
}
