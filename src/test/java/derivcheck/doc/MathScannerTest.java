package derivcheck.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathScannerTest {
  private static List<String> rows(String text, DocKind kind) {
    return MathDocument.read(text, kind).blocks().stream()
        .flatMap(b -> b.rows().stream()).map(r -> r.text().replaceAll("\\s+", " ")).toList();
  }

  @Test
  void findsAlignRowsWithTheirFilePositions() {
    String tex = "Text.\n\\begin{align*}\n  a &= b \\\\\n    &= c\n\\end{align*}\n";
    MathDocument d = MathDocument.read(tex, DocKind.LATEX);
    assertEquals(1, d.blocks().size());
    MathBlock b = d.blocks().get(0);
    assertTrue(b.display());
    assertEquals("align*", b.environment());
    assertEquals(2, b.rows().size());
    assertEquals(new Position(3, 3), b.rows().get(0).latex().start());
    assertEquals(new Position(4, 6), b.rows().get(1).latex().start(), "the blanked '&' is not part of the row");
    assertEquals("= c", b.rows().get(1).text());
    MathRow first = b.rows().get(0);
    assertEquals(tex.substring(first.start(), first.end()).replace("&", " "), first.text(),
        "a row's text has the file's length, so columns stay right");
  }

  @Test
  void texCommentsVerbatimAndPreambleAreNotMath() {
    String tex = "\\documentclass{article}\n\\newcommand{\\foo}{$x = 1$}\n\\begin{document}\n"
        + "% $a = b$ in a comment\nCosts 5\\% and \\$3. $c = d$ % and $e = f$\n"
        + "\\begin{verbatim}\n$g = h$\n\\end{verbatim}\n\\verb|$i = j$|\n\\end{document}\n";
    assertEquals(List.of("c = d"), rows(tex, DocKind.LATEX));
  }

  @Test
  void tablesAndPseudocodeAreSkipped() {
    String tex = "\\begin{tabular}{ll} $a = b$ & x \\\\ \\end{tabular}\n"
        + "\\begin{algorithmic}\\State $i \\gets i + 1$\\end{algorithmic}\n$c = d$";
    assertEquals(List.of("c = d"), rows(tex, DocKind.LATEX));
    String md = "| a | b |\n|---|---|\n| $x = 1$ | 2 |\n\n$y = 2$\n";
    assertEquals(List.of("y = 2"), rows(md, DocKind.MARKDOWN));
  }

  @Test
  void markdownSkipsCodeCommentsAndMoney() {
    String md = "Price: $5 and $10.\n```\n$x = 1$\n```\n`$z = 3$` <!-- $w = 4$ -->\n"
        + "Escaped \\$ sign, then $a + b = c$ and $$p = q$$\n";
    MathDocument d = MathDocument.read(md, DocKind.MARKDOWN);
    assertEquals(List.of("a + b = c", "p = q"), rows(md, DocKind.MARKDOWN));
    assertFalse(d.blocks().get(0).display());
    assertTrue(d.blocks().get(1).display());
    assertTrue(d.skipped().stream().anyMatch(s -> s.kind() == Span.Kind.CODE_BLOCK));
    assertTrue(d.skipped().stream().anyMatch(s -> s.kind() == Span.Kind.COMMENT));
  }

  @Test
  void inlineMathDoesNotCrossABlankLine() {
    assertEquals(List.of(), rows("a $x = \n\n y$ b", DocKind.MARKDOWN));
    assertEquals(List.of(), rows("a $x = \n\n y$ b", DocKind.LATEX));
  }

  @Test
  void alignedInsideDollarsIsTransparentButCasesKeepTheirRows() {
    String md = "$$\n\\begin{aligned}[t]\nf(x) &= \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases} \\\\\n"
        + "&= H(x)\n\\end{aligned}\n$$";
    List<String> r = rows(md, DocKind.MARKDOWN);
    assertEquals(2, r.size());
    assertTrue(r.get(0).contains("\\begin{cases} 1 x > 0 \\\\") || r.get(0).contains("\\begin{cases} 1 & x > 0"),
        r.get(0));
    assertEquals("= H(x)", r.get(1).trim());
  }

  @Test
  void spacingAfterRowBreakAndIntertext() {
    String tex = "\\begin{align}\na &= b \\\\[2pt]\n\\intertext{which gives}\nc &= d\n\\end{align}";
    MathBlock b = MathDocument.read(tex, DocKind.LATEX).blocks().get(0);
    assertEquals(2, b.rows().size());
    assertEquals("which gives", b.rows().get(1).proseBefore());
    assertEquals("c  = d", b.rows().get(1).text());
  }

  @Test
  void continuedExpressionsJoinTheRowAbove() {
    String tex = "\\begin{align*}\nf &= a + b \\\\\n &\\quad + c \\\\\n &= d \\\\\n &\\qquad \\times e\n\\end{align*}";
    List<String> r = rows(tex, DocKind.LATEX);
    assertEquals(List.of("f = a + b \\quad + c", "= d \\qquad \\times e"), r.stream().map(String::trim).toList());
    String multline = "\\begin{multline}\na = b + c \\\\\n + d\n\\end{multline}";
    assertEquals(List.of("a = b + c + d"), rows(multline, DocKind.LATEX).stream().map(String::trim).toList());
  }

  @Test
  void aDisplayNeverClosedIsReadToTheBlankLineAndReported() {
    String tex = "Intro.\n\\begin{align}\na &= b \\\\\n  &= c\n\nProse.\n\\[ x = y\n";
    MathDocument d = MathDocument.read(tex, DocKind.LATEX);
    assertEquals(List.of("a = b", "= c", "x = y"),
        d.blocks().stream().flatMap(b -> b.rows().stream()).map(r -> r.text().replaceAll("\\s+", " ").trim())
            .toList());
    assertEquals(List.of("\\begin{align}", "\\["), d.unclosed().stream().map(MathDocument.Unclosed::opener).toList());
    assertEquals(new Position(2, 1), d.unclosed().get(0).at());
    assertTrue(MathDocument.read("$$ a = b $$ and \\[ c = d \\]", DocKind.LATEX).unclosed().isEmpty());
  }

  @Test
  void anArrowBetweenStatementsSplitsTheRow() {
    assertEquals(List.of("a = b", "c = d"),
        rows("\\[ a = b \\quad\\Longrightarrow\\quad c = d \\]", DocKind.LATEX).stream().map(String::trim)
            .map(t -> t.replaceAll("\\\\quad", "").trim()).toList());
    assertEquals(List.of("x > 0", "x^2 > 0"),
        rows("$x > 0 \\implies x^2 > 0$", DocKind.MARKDOWN).stream().map(String::trim).toList());
    // inside braces the arrow is not split off
    assertEquals(1, rows("$\\text{a} \\; {p \\implies q}$", DocKind.MARKDOWN).size());
  }

  @Test
  void aSecondEquationColumnIsARowOfItsOwn() {
    assertEquals(List.of("x = 1", "y = 2"),
        rows("\\begin{align*} x &= 1 & y &= 2 \\end{align*}", DocKind.LATEX).stream().map(String::trim).toList());
    assertEquals(List.of("x = 1 \\text{(given)}"),
        rows("\\begin{align*} x &= 1 && \\text{(given)} \\end{align*}", DocKind.LATEX).stream()
            .map(String::trim).toList());
  }

  @Test
  void headingsBreakTheFlow() {
    MathDocument d = MathDocument.read("$$a = b$$\n## Part 2\n$$= c$$\n", DocKind.MARKDOWN);
    assertTrue(d.blocks().get(1).sectionBreakBefore());
    MathDocument t = MathDocument.read("\\[a = b\\]\n\\subsection{x}\n\\[= c\\]", DocKind.LATEX);
    assertTrue(t.blocks().get(1).sectionBreakBefore());
    assertFalse(t.blocks().get(0).sectionBreakBefore());
  }

  @Test
  void rowsKnowWhetherTheyStateARelation() {
    MathBlock b = MathDocument.read("\\[ \\frac{a}{b} \\quad \\text{for } y = 1 \\]", DocKind.LATEX).blocks().get(0);
    assertFalse(b.rows().get(0).startsWithRelation());
    MathBlock c = MathDocument.read("$$ \\le x $$", DocKind.MARKDOWN).blocks().get(0);
    assertTrue(c.rows().get(0).startsWithRelation());
    assertTrue(c.rows().get(0).hasRelation());
  }

  @Test
  void damagedDocumentsStillGiveRowsThatPointIntoTheFile() throws java.io.IOException {
    var random = new java.util.Random(11);
    String[] junk = {"$", "$$", "\\", "{", "}", "&", "\\\\", "\\begin{align}", "\\end{aligned}", "%", "\n\n", "`",
        "```\n", "<!--", "\\[", "\\]", "\\text{", "\\color{red}{", "\\underbrace{", "_{", "\\intertext{"};
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/verify"))) {
      for (var f : files.sorted().toList()) {
        DocKind kind = DocKind.of(f.toString());
        if (kind == null) continue;
        String original = java.nio.file.Files.readString(f);
        for (int k = 0; k < 40; k++) {
          var b = new StringBuilder(original);
          for (int m = 0; m < 6; m++) {
            int at = random.nextInt(b.length());
            if (random.nextBoolean()) b.insert(at, junk[random.nextInt(junk.length)]);
            else b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
          }
          String text = b.toString();
          MathDocument d = MathDocument.read(text, kind);
          for (MathBlock block : d.blocks()) {
            for (MathRow row : block.rows()) {
              if (row.offsets() == null) assertEquals(row.end() - row.start(), row.text().length());
              assertTrue(block.start() <= row.start() && row.end() <= block.end());
              assertEquals(d.lines().at(row.start()), row.latex().start());
            }
          }
        }
      }
    }
  }

  @Test
  void theDocumentsMacrosAreExpandedAndStillPointIntoTheFile() {
    String tex = "\\documentclass{article}\n\\newcommand{\\bx}{\\mathbf{x}} % a vector\n"
        + "\\newcommand{\\sig}[1]{\\sigma\\left(#1\\right)}\n\\DeclareMathOperator{\\sm}{softmax}\n"
        + "% \\newcommand{\\bad}{1}\n\\begin{document}\n\\[ \\sig{\\bx} = \\sm(\\bx) + \\bad \\]\n\\end{document}\n";
    MathRow row = MathDocument.read(tex, DocKind.LATEX).blocks().get(0).rows().get(0);
    assertEquals("\\sigma\\left(\\mathbf{x}\\right) = \\operatorname{softmax}(\\mathbf{x}) + \\bad", row.text());
    int bad = row.text().indexOf("\\bad");
    assertEquals(new Position(7, tex.lines().toList().get(6).indexOf("\\bad") + 1), row.positionOf(1, bad + 1),
        "a spot in the expanded text maps back to the file");
    assertEquals(new Position(7, 4), row.positionOf(1, 3), "text a macro produced maps to the macro");
    String md = "$\\newcommand{\\R}{\\mathbb{R}}$\n$$\\R = \\R$$\n";
    assertEquals("\\mathbb{R} = \\mathbb{R}", MathDocument.read(md, DocKind.MARKDOWN).blocks().get(1).rows().get(0).text());
  }

  @Test
  void githubMathFencesAreDisplays() {
    String md = "```math\na + a = 2a\n```\n```python\nx = 1\n```\n";
    MathDocument d = MathDocument.read(md, DocKind.MARKDOWN);
    assertEquals(1, d.blocks().size());
    assertTrue(d.blocks().get(0).display());
    assertEquals("a + a = 2a", d.blocks().get(0).rows().get(0).text());
    assertEquals(new Position(2, 1), d.blocks().get(0).rows().get(0).latex().start());
  }
}
