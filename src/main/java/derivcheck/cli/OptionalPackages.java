package derivcheck.cli;

import java.util.List;
import java.util.Set;

/**
 * LaTeX packages that annotated documents use when the reader's TeX installation has them, each with stand-in
 * definitions for when it does not. The package is loaded inside {@code \IfFileExists}; the stand-ins come after it,
 * outside any macro argument, as {@code \providecommand}s, so they define nothing when the package did (a
 * {@code #1} inside {@code \IfFileExists}'s argument is an "Illegal parameter number" error).
 */
final class OptionalPackages {
  /**
   * One package: its name, the packages whose presence makes loading it unnecessary or harmful (the document's own
   * choice wins), and its stand-ins.
   */
  record Optional(String name, List<String> skipIfLoaded, String standIns) {
    /** The preamble lines; a hidden package is probed under a name no installation has (tests use it). */
    String lines(boolean hidden) {
      String probe = hidden ? "derivcheck-hidden-" + name : name;
      String load = "\\IfFileExists{" + probe + ".sty}{\\usepackage{" + name + "}}{}";
      for (String other : skipIfLoaded) load = "\\@ifpackageloaded{" + other + "}{}{" + load + "}";
      return standIns.isEmpty() ? load : load + "\n" + standIns;
    }
  }

  /** For notebooks' math in a Markdown document turned into an article. */
  static final List<Optional> NOTEBOOK_MATH = List.of(
      new Optional("mathtools", List.of(), ""),
      new Optional("bm", List.of(), "\\providecommand{\\bm}[1]{\\boldsymbol{#1}}"),
      new Optional("cancel", List.of(), "\\providecommand{\\cancel}[1]{#1}\\providecommand{\\bcancel}[1]{#1}"
          + "\\providecommand{\\xcancel}[1]{#1}\\providecommand{\\cancelto}[2]{#2}"));

  /** For the marks: colour (black marks without it) and the check-mark symbol (a surd without it). */
  static final List<Optional> MARKS = List.of(
      new Optional("xcolor", List.of("xcolor"), "\\providecommand{\\color}[1]{}\\providecommand{\\textcolor}[2]{#2}"),
      new Optional("amssymb", List.of("amssymb", "newtxmath", "unicode-math"), ""));

  private OptionalPackages() {}

  /**
   * The lines of {@code packages}, with the ones named in {@code hidden} treated as not installed. The
   * {@code \@ifpackageloaded} tests need {@code \makeatletter}, which the lines bring with them.
   */
  static String lines(List<Optional> packages, Set<String> hidden) {
    var b = new StringBuilder("\\makeatletter\n");
    for (Optional p : packages) b.append(p.lines(hidden.contains(p.name()))).append('\n');
    return b.append("\\makeatother\n").toString();
  }
}
