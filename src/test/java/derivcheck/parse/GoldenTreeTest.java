package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.render.TextForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree derivcheck reads from each representative formula, written down once and compared on every run, so a
 * change in how a formula is read is a visible diff. Regenerate with {@code -Dgolden.update=true} and review it.
 */
class GoldenTreeTest {
  static final Path FORMULAS = Path.of("src/test/resources/parse/golden-formulas.txt");
  static final Path TREES = Path.of("src/test/resources/parse/golden-trees.txt");

  @Test
  void everyFormulaReadsAsItsGoldenTree() throws IOException {
    var parser = new LatexParser(ParseOptions.defaults());
    List<String> actual = new ArrayList<>();
    for (String formula : Files.readAllLines(FORMULAS, StandardCharsets.UTF_8)) {
      if (formula.isBlank() || formula.startsWith("#")) continue;
      String tree;
      try {
        tree = TextForm.print(parser.parseChain(formula));
      } catch (ParseError e) {
        tree = "error " + e.line() + ":" + e.column() + ": " + e.reason();
      }
      actual.add(formula);
      actual.add("  " + tree);
    }
    if (Boolean.getBoolean("golden.update")) Files.write(TREES, actual, StandardCharsets.UTF_8);
    assertTrue(actual.size() >= 120, "at least 60 formulas");
    assertEquals(String.join("\n", Files.readAllLines(TREES, StandardCharsets.UTF_8)), String.join("\n", actual));
  }
}
