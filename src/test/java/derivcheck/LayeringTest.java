package derivcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The boundaries of the design, checked on the sources: thin adapters around our own tree. */
class LayeringTest {
  static final Path MAIN = Path.of("src/main/java/derivcheck");

  static List<String> offenders(String importPrefix, String allowedPackage) throws IOException {
    var out = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f).getName(0).toString();
        if (pkg.equals(allowedPackage)) continue;
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import " + importPrefix) || line.startsWith("import static " + importPrefix)) {
            out.add(MAIN.relativize(f) + ": " + line);
          }
        }
      }
    }
    return out;
  }

  @Test
  void onlyTheParserImportsAntlr() throws IOException {
    assertEquals(List.of(), offenders("org.antlr", "parse"));
  }

  @Test
  void onlyTheCasAdapterImportsSymja() throws IOException {
    assertEquals(List.of(), offenders("org.matheclipse", "cas"));
  }

  @Test
  void theTreeImportsNoOtherProjectPackage() throws IOException {
    var out = new ArrayList<String>();
    try (Stream<Path> files = Files.list(MAIN.resolve("expr"))) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import derivcheck.") && !line.startsWith("import derivcheck.expr.")) out.add(f + ": " + line);
        }
      }
    }
    assertEquals(List.of(), out);
  }

  @Test
  void onlyTheKernelMakesVerdicts() throws IOException {
    var out = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (MAIN.relativize(f).getName(0).toString().equals("check")) continue;
        String text = Files.readString(f);
        if (text.matches("(?s).*Verdict\\.(proved|confirmed|refuted|unknown|error)\\(.*")) out.add(f.toString());
      }
    }
    assertEquals(List.of(), out);
  }
}
