package derivcheck.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemFileReaderTest {
  @Test
  void readsClaimsWithExpectationsAndPositions() throws DocError {
    List<Item> items = ProblemFileReader.read("% a comment\n"
        + "\\claim{a}{x = x}\n"
        + "  \\claim[false]{b}{\\frac{1}{2} = \\{1\\}}\n");
    assertEquals(2, items.size());
    var a = assertInstanceOf(Item.Claim.class, items.get(0));
    assertEquals("a", a.id());
    assertEquals(Expectation.HOLDS, a.expect());
    assertEquals("x = x", a.latex().text());
    assertEquals(new Position(2, 11), a.latex().start());
    var b = assertInstanceOf(Item.Claim.class, items.get(1));
    assertEquals(Expectation.FALSE, b.expect());
    assertEquals("\\frac{1}{2} = \\{1\\}", b.latex().text(), "escaped braces do not end the argument");
    assertEquals(new Position(3, 20), b.latex().start());
  }

  @Test
  void splitsDerivationRowsAndAttachesExpectComments() throws DocError {
    String text = "\\begin{derivation}[proved]{d}\n"
        + "a &= b \\\\\n"
        + "  &= \\frac{c}{\\begin{matrix} 1 \\\\ 2 \\end{matrix}} \\\\ % expect: false\n"
        + "  &= d % expect: holds\n"
        + "\\end{derivation}\n";
    var d = assertInstanceOf(Item.Derivation.class, ProblemFileReader.read(text).get(0));
    assertEquals("d", d.id());
    assertEquals(3, d.rows().size());
    assertEquals("a &= b", d.rows().get(0).latex().text());
    assertEquals(Expectation.PROVED, d.rows().get(0).expect());
    assertEquals("&= \\frac{c}{\\begin{matrix} 1 \\\\ 2 \\end{matrix}}", d.rows().get(1).latex().text(),
        "a \\\\ inside an environment does not end the row");
    assertEquals(Expectation.FALSE, d.rows().get(1).expect());
    assertEquals(new Position(3, 3), d.rows().get(1).latex().start());
    assertEquals("&= d", d.rows().get(2).latex().text());
    assertEquals(Expectation.HOLDS, d.rows().get(2).expect());
  }

  @Test
  void readsDefinitions() throws DocError {
    var d = assertInstanceOf(Item.Define.class, ProblemFileReader.read("\\define{g(x) = x^{2}}").get(0));
    assertEquals("g(x) = x^{2}", d.latex().text());
  }

  @Test
  void rejectsStrayTextWithItsPosition() {
    DocError e = assertThrows(DocError.class, () -> ProblemFileReader.read("\\claim{a}{x=x}\n  \\cliam{b}{y}"));
    assertEquals(new Position(2, 3), e.position());
    assertEquals("expected \\claim, \\define, \\begin{derivation} or a % comment", e.getMessage());
  }

  @Test
  void rejectsUnknownExpectation() {
    DocError e = assertThrows(DocError.class, () -> ProblemFileReader.read("\\claim[flase]{a}{x=x}"));
    assertEquals("unknown expectation 'flase' (use holds, proved or false)", e.getMessage());
    assertEquals(new Position(1, 7), e.position());
  }

  @Test
  void reportsUnclosedArgumentAtItsBrace() {
    DocError e = assertThrows(DocError.class, () -> ProblemFileReader.read("\\claim{a}{\\frac{1}{2} = x"));
    assertEquals("unclosed '{' of the claim", e.getMessage());
    assertEquals(new Position(1, 10), e.position());
  }

  @Test
  void reportsMissingEnd() {
    DocError e = assertThrows(DocError.class, () -> ProblemFileReader.read("\n\\begin{derivation}{d}\na &= b\n"));
    assertEquals("missing \\end{derivation}", e.getMessage());
    assertEquals(new Position(2, 1), e.position());
  }
}
