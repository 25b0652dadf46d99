package derivcheck.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void putsCaretUnderTheColumn() {
    var d = new Diagnostic("f.tex", new Position(2, 5), "expected an expression after '+'");
    assertEquals("f.tex:2:5: expected an expression after '+'\n\tx +\n\t   ^", d.render("first\n\tx +\n"));
  }

  @Test
  void offsetsSnippetPositionsIntoTheFile() {
    var start = new Position(10, 8);
    assertEquals(new Position(10, 10), start.offset(1, 3));
    assertEquals(new Position(11, 3), start.offset(2, 3));
  }
}
