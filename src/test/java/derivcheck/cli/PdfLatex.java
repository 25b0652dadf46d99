package derivcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a LaTeX file with pdflatex. Where pdflatex, or a package the document itself loads, is missing, the test
 * is skipped with the reason; on CI ({@code CI=true}, where {@code .ci/run} installs them) it fails instead, so that
 * CI never passes by skipping.
 */
final class PdfLatex {
  private static final Pattern USEPACKAGE = Pattern.compile("\\\\usepackage(?:\\[[^\\]]*\\])?\\{([^}]*)\\}");

  private PdfLatex() {}

  static void compiles(Path tex) throws IOException, InterruptedException {
    String text = Files.readString(tex, StandardCharsets.UTF_8);
    require(run(tex.getParent(), "sh", "-c", "command -v pdflatex").code == 0,
        "pdflatex is not installed: install texlive-latex-base texlive-latex-recommended texlive-latex-extra");
    List<String> missing = new ArrayList<>();
    for (String pkg : ownPackages(text)) {
      if (run(tex.getParent(), "kpsewhich", pkg + ".sty").code != 0) missing.add(pkg);
    }
    require(missing.isEmpty(), "the document loads packages this TeX installation lacks: " + missing);
    Result r = run(tex.getParent(), "pdflatex", "-interaction=nonstopmode", "-halt-on-error",
        tex.getFileName().toString());
    assertEquals(0, r.code, r.out);
  }

  /** The packages a document loads unconditionally (not those derivcheck probes with \IfFileExists). */
  static List<String> ownPackages(String text) {
    var packages = new ArrayList<String>();
    for (String line : text.split("\n")) {
      if (line.contains("\\IfFileExists")) continue;
      Matcher m = USEPACKAGE.matcher(line.replaceAll("(?<!\\\\)%.*", ""));
      while (m.find()) {
        for (String p : m.group(1).split(",")) packages.add(p.strip());
      }
    }
    return packages;
  }

  private static void require(boolean ok, String why) {
    if (ok) return;
    if ("true".equals(System.getenv("CI"))) fail(why + " (on CI, .ci/run installs it)");
    assumeTrue(false, why);
  }

  private record Result(int code, String out) {}

  private static Result run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
    return new Result(p.exitValue(), out);
  }
}
