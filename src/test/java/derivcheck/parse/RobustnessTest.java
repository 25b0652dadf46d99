package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Never a stack trace, never a hang: hostile input ends in a {@link ParseError}. */
class RobustnessTest {
  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  private static String reason(String src) {
    return assertThrows(ParseError.class, () -> Trees.PARSER.parseChain(src)).reason();
  }

  @Test
  void deepNestingIsRefusedInWords() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      String tooDeep = "expression nested too deeply";
      assertEquals(tooDeep, reason(repeat("(", 100_000) + "x" + repeat(")", 100_000)));
      assertEquals(tooDeep, reason(repeat("x^{", 5_000) + "x" + repeat("}", 5_000)));
      assertEquals(tooDeep, reason(repeat("\\sqrt{", 5_000) + "x" + repeat("}", 5_000)));
      assertEquals(tooDeep, reason(repeat("-", 100_000) + "x"));
      assertEquals(tooDeep, reason(repeat("\\hat ", 10_000) + "x"));
      assertEquals(tooDeep, reason(repeat("\\left(", 1_000) + "x" + repeat("\\right)", 1_000)));
      assertEquals(tooDeep, reason(repeat("\\ln ", 100_000) + "x"));
      assertEquals(tooDeep, reason(repeat("\\sum_i ", 1_000) + "x"));
    });
  }

  @Test
  void moderateNestingStillParses() throws ParseError {
    String src = repeat("(", 40) + "x" + repeat(")", 40);
    assertEquals(Trees.v("x"), Trees.PARSER.parseExpr(src));
  }

  @Test
  void longFlatInputIsFast() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Trees.PARSER.parseChain(repeat("x + ", 20_000) + "1 = " + repeat("2 y \\cdot ", 5_000) + "3");
    });
  }

  /** Random token soup and damaged seed fragments: each either parses or fails with a worded, placed error. */
  @Test
  void fuzz() {
    List<String> alphabet = List.of("x", "2", "+", "-", "=", "(", ")", "{", "}", "[", "]", "^", "_", "'", ",", ".",
        "|", "\\|", "\\frac", "\\sqrt", "\\left(", "\\right)", "\\sum", "\\ln", "\\sigma", "\\partial", "d", "e",
        "\\mathbf", "\\text{if }", "\\quad", "&", "\\\\", "\\cdot", "\\begin{cases}", "\\end{cases}", "\\nabla",
        "\\min", "\\top", "*", "\\in", "\\to", "\\foo", "#", " ", "\\dots", "\\hat", "\\bigl(", "\\bigr)", "<", "\\le");
    Random random = new Random(20260226);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < 3_000; i++) {
        var b = new StringBuilder();
        int len = 1 + random.nextInt(14);
        for (int k = 0; k < len; k++) b.append(alphabet.get(random.nextInt(alphabet.size()))).append(' ');
        check(b.toString());
      }
      for (SeedCorpusTest.Fragment f : SeedCorpusTest.fragments()) {
        String s = f.latex();
        for (int k = 0; k < 6; k++) {
          int at = random.nextInt(s.length() + 1);
          String damaged = random.nextBoolean() && at < s.length()
              ? s.substring(0, at) + s.substring(at + 1)
              : s.substring(0, at) + alphabet.get(random.nextInt(alphabet.size())) + s.substring(at);
          check(damaged);
        }
      }
    });
  }

  private static void check(String src) {
    for (int mode = 0; mode < 3; mode++) {
      try {
        if (mode == 0) Trees.PARSER.parseExpr(src);
        else if (mode == 1) Trees.PARSER.parseChain(src);
        else Trees.PARSER.parseDefinition(src);
      } catch (ParseError e) {
        if (src.isBlank()) continue;
        SeedCorpusTest.assertWorded(e, src);
        if (e.reason().startsWith("cannot read this formula")) {
          throw new AssertionError("internal failure for " + src + ": " + e.reason());
        }
      }
    }
  }
}
