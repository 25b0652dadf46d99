package derivcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code derivcheck solve} from the command line: formats, exit codes, and the refusal to fake a last step. */
class SolveCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void latexIsACompleteDocumentWithOneStepPerLine() {
    Run r = run("solve", "--format", "latex", "-e", "\\ln\\sigma(x) = -\\text{softplus}(-x)");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("\\documentclass"));
    assertTrue(r.out().contains("\\begin{align*}") && r.out().contains("\\end{align*}"));
    assertTrue(r.out().contains("\\text{log-reciprocal}"));
    assertTrue(r.out().trim().endsWith("\\end{document}"));
  }

  @Test
  void jsonIsCheckShapedWithTheRuleInTheDetail() {
    Run r = run("solve", "--format", "json", "-e", "\\ln\\sigma(x) = -\\text{softplus}(-x)");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"results\"") && r.out().contains("\"summary\""));
    assertTrue(r.out().contains("\"detail\": \"rule log-reciprocal:"), r.out());
    assertTrue(r.out().contains("\"total\": 3"), r.out());
  }

  @Test
  void aWrongClaimFailsWithoutPrintingItsRightSideAsReached() {
    Run r = run("solve", "--format", "md", "-e", "\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1+\\sigma(x))");
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(r.out().contains("No verified path found from here"), r.out());
    assertFalse(r.out().contains("&= \\sigma(x) \\left(1 + \\sigma(x)\\right)"), r.out());
  }

  @Test
  void aClaimOfAProblemFileByItsId() {
    Run r = run("solve", "problems/activations.tex", "--claim", "log-sigmoid");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("log-sigmoid  (problems/activations.tex:"), r.out());
    assertTrue(r.out().contains("solved: 3 steps"), r.out());
  }

  @Test
  void badUsage() {
    assertEquals(ExitCodes.USAGE, run("solve").code());
    assertEquals(ExitCodes.BAD_INPUT, run("solve", "-e", "\\frac{1}{").code());
    assertEquals(ExitCodes.USAGE, run("solve", "--autodiff", "-e", "f(x) = x^2").code());
  }

  @Test
  void autodiffText() {
    Run r = run("solve", "--autodiff", "--at", "x=1, y=2", "-e", "f(x, y) = (x + y)(y + 1)");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("value: f = v_{5} = 9.000000"), r.out());
    assertTrue(r.out().contains("df/dx"), r.out());
  }
}
