package derivcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code derivcheck verify}: output formats and exit codes (numeric checks only, for speed). */
class VerifyCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/verify");

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void textReportsEachStepThatIsNotFineCompilerStyle() {
    Run r = run("verify", "--numeric-only", FIXTURES.resolve("sigmoid-sign-slip.md").toString());
    assertEquals(1, r.code());
    String[] lines = r.out().split("\n");
    String file = FIXTURES.resolve("sigmoid-sign-slip.md").toString();
    assertEquals(file + ":13: step 2 of derivation 2: refuted at x = -2.3: left 0.08282, right -0.08282 "
        + "(first error of this derivation)", lines[0]);
    assertEquals(file + ":15: step 4 of derivation 2: refuted at x = -2.3: left -0.08282, right 0.08282 "
        + "(follows from the error at step 2, not a new error)", lines[1]);
    assertEquals(file + ": 10 steps in 4 derivations: 0 proved, 8 confirmed, 2 refuted (1 error, 1 following "
        + "from an error), 0 unknown", lines[2]);
    assertEquals(3, lines.length);
  }

  @Test
  void exitCodes() throws IOException {
    assertEquals(0, run("verify", "--numeric-only", write("ok.md", "$$a + a = 2a$$").toString()).code());
    assertEquals(2, run("verify", "--numeric-only", write("unknown.md", "$$\\foo = 1$$").toString()).code());
    Path latin1 = tmp.resolve("bad.tex");
    Files.write(latin1, new byte[] {'$', 'a', '=', (byte) 0xE9, '$'});
    Run bad = run("verify", latin1.toString());
    assertEquals(65, bad.code());
    assertTrue(bad.err().contains("not UTF-8"), bad.err());
    assertEquals(64, run("verify", write("notes.txt", "x").toString()).code());
    assertEquals(64, run("verify").code());
  }

  @Test
  void jsonHasTheResultsAndSummaryOfCheck() {
    Run r = run("verify", "--numeric-only", "--format", "json", FIXTURES.resolve("tanh-dropped-factor.tex").toString());
    assertEquals(1, r.code());
    String file = FIXTURES.resolve("tanh-dropped-factor.tex").toString();
    assertTrue(r.out().contains("\"source\": \"" + file + ":31\""), r.out());
    assertTrue(r.out().contains("\"finding\": \"first_error\""));
    assertTrue(r.out().contains("\"summary\""));
    assertTrue(r.out().contains("\"derivations\": 8"), r.out());
  }

  @Test
  void definitionsFromTheCommandLine() throws IOException {
    Path doc = write("def.md", "$$\\phi(2) = 5$$");
    assertEquals(1, run("verify", "--numeric-only", doc.toString()).code(), "without it, \\phi(2) is a product");
    assertEquals(0, run("verify", "--numeric-only", "--define", "\\phi(x) = x^2 + 1", doc.toString()).code());
  }

  @Test
  void latexOutputMarksEveryStepAndCompiles() throws Exception {
    for (String name : new String[] {"network-conv-slips.tex", "softmax-slips.md"}) {
      Run r = run("verify", "--numeric-only", "--format", "latex", FIXTURES.resolve(name).toString());
      assertEquals(1, r.code());
      String tex = r.out();
      assertTrue(tex.contains("\\derivcheckOK") && tex.contains("\\derivcheckBad{step"), tex);
      assertTrue(tex.contains("\\section*{derivcheck report}"));
      assertTrue(tex.contains("\\begin{document}") && tex.trim().endsWith("\\end{document}"));
      compiles(write(name + ".checked.tex", tex));
    }
  }

  @Test
  void aFragmentWithoutDocumentBecomesAStandaloneArticle() throws Exception {
    Path frag = write("frag.tex", "Some text, $a + a = 3a$, and\n\\begin{align*} x &= x \\\\ &= 2x - x \\end{align*}\n");
    Run r = run("verify", "--numeric-only", "--format", "latex", frag.toString());
    assertTrue(r.out().startsWith("\\documentclass"), r.out());
    assertTrue(r.out().contains("$a + a = 3a$\\,\\derivcheckBad{step 1: at $a = "), r.out());
    compiles(write("frag.checked.tex", r.out()));
  }

  private void compiles(Path tex) throws Exception {
    PdfLatex.compiles(tex);
  }
}
