package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every math fragment of the four seed sheets in /work/shared/seeds, one per line as {@code sheet<TAB>fragment} in
 * {@code seeds/fragments.txt}. Extracted once with the regular expression {@code \$\$(.+?)\$\$|\$(.+?)\$} (dot
 * matching newlines) over each sheet, runs of whitespace collapsed to one space. Prose fragments may be refused, only
 * in words and only for the reasons below.
 */
class SeedCorpusTest {
  /** The refusals expected from the sheets: prose lists, an integral, and a typo ({@code \frac{\phi(z)}{\partial z}}). */
  static final java.util.Set<String> DELIBERATE = java.util.Set.of(
      "a list separated by ',' is not one formula",
      "integrals are not supported",
      "a derivative needs '\\partial' in the numerator too, as in \\frac{\\partial f}{\\partial x}");

  record Fragment(String sheet, String latex) {}

  static List<Fragment> fragments() throws IOException {
    try (InputStream in = SeedCorpusTest.class.getResourceAsStream("/seeds/fragments.txt")) {
      var out = new ArrayList<Fragment>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        int tab = line.indexOf('\t');
        out.add(new Fragment(line.substring(0, tab), line.substring(tab + 1)));
      }
      return out;
    }
  }

  @Test
  void almostEveryFragmentParses() throws IOException {
    List<Fragment> all = fragments();
    int parsed = 0;
    Map<String, List<String>> refused = new TreeMap<>();
    for (Fragment f : all) {
      try {
        Trees.PARSER.parseChain(f.latex());
        parsed++;
      } catch (ParseError e) {
        assertWorded(e, f.latex());
        refused.computeIfAbsent(e.reason(), k -> new ArrayList<>()).add(f.sheet() + ": " + f.latex());
      }
    }
    int refusedCount = all.size() - parsed;
    System.out.printf("seed corpus: %d fragments, %d parsed, %d refused%n", all.size(), parsed, refusedCount);
    refused.forEach((reason, where) -> System.out.println("  refused (" + where.size() + "): " + reason
        + "\n    e.g. " + where.get(0)));
    assertTrue(all.size() >= 240, "the corpus lost fragments: " + all.size());
    assertTrue(parsed >= 0.95 * all.size(), "only " + parsed + " of " + all.size() + " parsed");
    assertTrue(DELIBERATE.containsAll(refused.keySet()), "unexpected refusals: " + refused);
  }

  static void assertWorded(ParseError e, String src) {
    String reason = e.reason();
    assertFalse(reason.isBlank(), "empty reason for " + src);
    for (String leak : List.of("mismatched input", "extraneous input", "no viable", "<EOF>", "token recognition",
        "Exception", "antlr", "Context")) {
      assertFalse(reason.contains(leak), "ANTLR wording leaked for " + src + ": " + reason);
    }
    String[] lines = src.split("\n", -1);
    assertTrue(e.line() >= 1 && e.line() <= lines.length, "line out of range for " + src + ": " + e.getMessage());
    assertTrue(e.column() >= 1 && e.column() <= lines[e.line() - 1].length() + 1,
        "column out of range for " + src + ": " + e.getMessage());
  }
}
