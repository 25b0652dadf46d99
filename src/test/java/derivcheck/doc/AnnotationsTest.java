package derivcheck.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnnotationsTest {
  /** Cleans a formula and squeezes the blanks, checking first that the length did not change. */
  private static String clean(String latex) {
    char[] s = latex.toCharArray();
    Annotations.clean(s, 0, s.length);
    String out = new String(s);
    assertEquals(latex.length(), out.length(), "blanking keeps every column");
    return out.trim().replaceAll("\\s+", " ");
  }

  @Test
  void colourAndBoxesKeepTheirContent() {
    assertEquals("a + b = c", clean("\\color{red}{a + b} = c"));
    assertEquals("a + b = c", clean("\\textcolor{blue}{a + b} = c"));
    assertEquals("x = 2", clean("\\boxed{x = 2}"));
    assertEquals("{x + 1}^2", clean("\\cancel{x + 1}^2"), "braces stay when a script follows");
    assertEquals("{ x + 1}", clean("{\\color[rgb]{1,0,0} x + 1}"));
    assertEquals("x", clean("\\cancelto{0}{x}"));
  }

  @Test
  void underbracesLoseTheirLabels() {
    assertEquals("x + 1 = 2", clean("\\underbrace{x + 1}_{=u} = 2"));
    assertEquals("a = b", clean("\\overbrace{a}^{\\text{note}} = b"));
  }

  @Test
  void stackedNotesOnRelations() {
    assertEquals("a = b", clean("a \\overset{(a)}{=} b"));
    assertEquals("a \\le b", clean("a \\stackrel{\\text{AM-GM}}{\\le} b"));
    assertEquals("f := x", clean("f \\overset{\\text{def}}{=} x"));
    assertEquals("f := x", clean("f \\triangleq x"));
  }

  @Test
  void phantomsAndSpacingDisappear() {
    assertEquals("a = b", clean("a \\phantom{xx}= b\\hfill"));
  }
}
