package derivcheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stand-in of an optional package compiles: the generated preambles with each package present, with each one
 * hidden (probed under a name no installation has, as on a TeX installation without it), and with all hidden.
 */
class OptionalPackagesTest {
  /** Uses every command that a stand-in provides, and the marks. */
  private static final String BODY = String.join("\n",
      "$\\bm{x} + \\cancel{a} + \\bcancel{b} + \\xcancel{c} + \\cancelto{0}{d}$",
      "\\textcolor{red}{red} {\\color{blue} blue}",
      "$a = a$\\qquad\\derivcheckOK \\quad \\derivcheckBad{step 1: at $a = 1$} \\quad \\derivcheckUnknown{why}",
      "");

  @TempDir Path tmp;

  private static List<String> names() {
    var names = new ArrayList<String>();
    for (var p : OptionalPackages.NOTEBOOK_MATH) names.add(p.name());
    for (var p : OptionalPackages.MARKS) names.add(p.name());
    return names;
  }

  @Test
  void noStandInDefinesAParameterInsideAMacroArgument() {
    for (var p : OptionalPackages.NOTEBOOK_MATH) assertStandInsOutside(p);
    for (var p : OptionalPackages.MARKS) assertStandInsOutside(p);
  }

  private static void assertStandInsOutside(OptionalPackages.Optional p) {
    for (boolean hidden : new boolean[] {false, true}) {
      String load = p.lines(hidden).split("\n")[0];
      assertFalse(load.contains("#"), load);
      assertTrue(load.contains(hidden ? "{derivcheck-hidden-" + p.name() + ".sty}" : "{" + p.name() + ".sty}"), load);
    }
  }

  @Test
  void theMarkdownArticleCompilesWithEachPackagePresentOrAbsent() throws Exception {
    var cases = new ArrayList<Set<String>>();
    cases.add(Set.of());
    for (String name : names()) cases.add(Set.of(name));
    cases.add(new HashSet<>(names()));
    int n = 0;
    for (Set<String> hidden : cases) {
      String tex = MarkdownLatex.standalone("notes.md", BODY, "", hidden);
      Path file = tmp.resolve("article" + n++ + ".tex");
      Files.writeString(file, tex, StandardCharsets.UTF_8);
      PdfLatex.compiles(file);
    }
  }

  @Test
  void theMarksCompileInADocumentsOwnPreambleWithoutXcolorOrAmssymb() throws Exception {
    for (Set<String> hidden : List.of(Set.<String>of(), Set.of("xcolor", "amssymb"))) {
      String tex = "\\documentclass{article}\n\\usepackage{amsmath}\n" + AnnotatedLatex.macros(hidden)
          + "\\begin{document}\n$a = a$\\qquad\\derivcheckOK \\quad \\derivcheckBad{at $a = 1$}\n\\end{document}\n";
      Path file = tmp.resolve("own" + hidden.size() + ".tex");
      Files.writeString(file, tex, StandardCharsets.UTF_8);
      PdfLatex.compiles(file);
    }
  }
}
