package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Floor and ceiling are checked like any arithmetic; notation the scalar path does not compute with gets a reason. */
class ScalarNotationTest {
  @Test
  void floorAndCeilingAreProvedAndRefuted() throws Exception {
    Verdict ok = KernelTest.check("\\left\\lfloor \\frac{32 + 2\\cdot 2 - 5}{2} \\right\\rfloor + 1 = 15 + 1",
        KernelTest.FULL);
    assertEquals(Verdict.Kind.PROVED, ok.kind(), ok::toString);
    Verdict ceil = KernelTest.check("\\lceil x + 1 \\rceil = \\lceil x \\rceil + 1", KernelTest.FULL);
    assertTrue(ceil.kind().holds(), ceil::toString);
    Verdict wrong = KernelTest.check("\\lfloor \\frac{7}{2} \\rfloor = 4", KernelTest.FULL);
    assertEquals(Verdict.Kind.REFUTED, wrong.kind(), wrong::toString);
  }

  @Test
  void otherNotationGivesAWordedUnknownNotAnInternalError() throws Exception {
    String[] claims = {
      "\\lim_{h \\to 0} \\frac{\\sin h}{h} = 1",
      "2 \\begin{cases} x & x \\ge 0 \\\\ -x & x < 0 \\end{cases} = 2|x|", // a piecewise side alone is checked by cases
      "\\max_{x} x^2 = 0",
      "\\{1, 2\\} = \\{2, 1\\}",
      "f = O(x)",
    };
    for (String c : claims) {
      Verdict v = KernelTest.check(c, KernelTest.NUMERIC);
      assertEquals(Verdict.Kind.UNKNOWN, v.kind(), () -> c + ": " + v);
      assertFalse(v.detail().contains("internal error"), () -> c + ": " + v);
    }
  }
}
