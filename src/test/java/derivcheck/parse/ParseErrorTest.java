package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParseErrorTest {
  @Test
  void rendersNameLineColumnReasonThenTheLineAndACaret() {
    var e = new ParseError(1, 4, "expected an expression after '+'");
    assertEquals("sheet.tex:1:4: expected an expression after '+'\nx +\n   ^", e.render("sheet.tex", "x +"));
  }

  @Test
  void rendersTheRightLineAndKeepsTabsAligned() {
    var e = new ParseError(2, 3, "oops");
    assertEquals("f:2:3: oops\n\tab\n\t ^", e.render("f", "first\n\tab\nthird"));
  }

  @Test
  void comesFromTheParserWithItsPosition() {
    String src = "a = b\n  &= c +";
    String rendered = assertThrowsParse(src).render("proof.md", src);
    assertEquals("proof.md:2:9: expected an expression after '+'\n  &= c +\n        ^", rendered);
  }

  @Test
  void relocatesIntoADocument() {
    var e = new ParseError(1, 4, "r").relocate(10, 7);
    assertEquals(10, e.line());
    assertEquals(10, e.column());
    var f = new ParseError(2, 4, "r").relocate(10, 7);
    assertEquals(11, f.line());
    assertEquals(4, f.column());
  }

  private static ParseError assertThrowsParse(String src) {
    return org.junit.jupiter.api.Assertions.assertThrows(ParseError.class, () -> Trees.PARSER.parseChain(src));
  }
}
