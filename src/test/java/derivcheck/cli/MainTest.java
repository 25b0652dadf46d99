package derivcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line as a user meets it: output, exit codes, messages. */
class MainTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aTrueClaimExitsZeroWithItsEvidence() {
    Run r = run("claim", "\\tanh(x) = 2\\sigma(2x) - 1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("proved by"), r.out());
    assertTrue(r.out().contains("100 points agree"), r.out());
  }

  @Test
  void aFalseClaimExitsOneWithTheCounterexample() {
    Run r = run("claim", "--numeric-only", "\\tanh(x) = 2\\sigma(x) - 1");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("refuted at x = "), r.out());
  }

  @Test
  void badInputExits65WithAPositionAndACaretAndNoStackTrace() {
    Run r = run("claim", "\\sigma(x) = x + ");
    assertEquals(65, r.code());
    String[] lines = r.err().split("\n");
    assertTrue(lines[0].startsWith("<arg>:1:"), r.err());
    assertEquals("\\sigma(x) = x + ", lines[1]);
    assertTrue(lines[2].trim().equals("^"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aClaimMayStartWithAMinusSign() {
    Run r = run("claim", "--numeric-only", "-\\ln \\sigma(x) = \\ln(1 + e^{-x})");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("confirmed"), r.out());
    assertEquals(64, run("claim", "--no-such-option", "x = x").code());
  }

  @Test
  void badUsageExits64() {
    assertEquals(64, run("claim").code());
    assertEquals(64, run("frobnicate").code());
    assertEquals(64, run("check", "no/such/folder").code());
  }

  @Test
  void userDefinitionsComeFromTheCommandLine() {
    Run r = run("claim", "--numeric-only", "--define", "f(x) = x^2 + 1", "f'(x) = 2x");
    assertEquals(0, r.code(), r.out() + r.err());
    Run bad = run("claim", "--define", "f(x) = ", "f(x) = 1");
    assertEquals(65, bad.code());
    assertTrue(bad.err().startsWith("<define>:1:"), bad.err());
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws Exception {
    Run r = run("claim", "--format", "json", "--numeric-only", "\\sigma(x) = 1 - \\sigma(x) = \\sigma(-x)");
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode results = root.get("results");
    assertEquals(2, results.size());
    JsonNode first = results.get(0);
    for (String key : new String[] {"source", "id", "derivation", "step", "lhs", "relation", "rhs", "verdict",
        "detail", "counterexample", "expected"}) {
      assertTrue(first.has(key), "missing " + key);
    }
    assertEquals("<arg>", first.get("source").asText());
    assertEquals("refuted", first.get("verdict").asText());
    assertTrue(first.get("counterexample").has("x"));
    assertEquals(1, results.get(1).get("step").asInt());
    assertEquals("confirmed", results.get(1).get("verdict").asText(), "1 - sigma(x) = sigma(-x) holds");
    assertTrue(results.get(1).get("counterexample").isNull());
    assertEquals(1, root.get("summary").get("refuted").asInt());
  }

  @Test
  void checkRunsFilesLikeATestSuite() {
    Run ok = run("check", "--numeric-only", "problems/false-variants.tex");
    assertEquals(0, ok.code(), ok.out());
    assertTrue(ok.out().strip().endsWith("11 passed, 0 failed"), ok.out());
    Run bad = run("check", "--numeric-only", "src/test/resources/mustfail/wrong-step.tex");
    assertEquals(1, bad.code());
    assertTrue(bad.out().contains("FAIL src/test/resources/mustfail/wrong-step.tex:7"), bad.out());
  }

  @Test
  void parseShowsTheTreeOrWhereItCannot() {
    Run ok = run("parse", "\\sigma(x)(1-\\sigma(x))");
    assertEquals(0, ok.code());
    assertEquals("Mul[Call[\\sigma, x], Add[1, Neg[Call[\\sigma, x]]]]", ok.out().strip());
    Run bad = run("parse", "--format", "json", "x +");
    assertEquals(65, bad.code());
    assertTrue(bad.out().contains("\"ok\":false"), bad.out());
    assertTrue(bad.out().contains("\"column\":"), bad.out());
  }
}
