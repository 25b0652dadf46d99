package derivcheck.check;

import static derivcheck.check.KernelTest.NUMERIC;
import static derivcheck.check.KernelTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kernel checks a piecewise side case by case, each under its condition. */
class PiecewiseTest {
  @Test
  void everyCaseMustHoldUnderItsCondition() throws Exception {
    Verdict abs = check("\\frac{d}{dx}|x| = \\begin{cases} 1 & x > 0 \\\\ -1 & x < 0 \\end{cases}", NUMERIC);
    assertTrue(abs.kind().holds(), abs::toString);
    assertTrue(abs.detail().startsWith("each case"), abs::detail);
    Verdict wrong = check("\\frac{d}{dx}|x| = \\begin{cases} 1 & x > 0 \\\\ 1 & x < 0 \\end{cases}", NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, wrong.kind(), wrong::toString);
    assertTrue(wrong.detail().startsWith("in the case x < 0"), wrong::detail);
  }

  @Test
  void aCaseFixingANameSetsIt() throws Exception {
    Verdict v = check("y x + (1 - y) x^2 = \\begin{cases} x & y = 1 \\\\ x^2 & y = 0 \\end{cases}", NUMERIC);
    assertTrue(v.kind().holds(), v::toString);
    assertEquals(Verdict.Kind.REFUTED,
        check("y x + (1 - y) x^2 = \\begin{cases} x^2 & y = 1 \\\\ x & y = 0 \\end{cases}", NUMERIC).kind());
  }

  @Test
  void otherwiseIsTheNegationOfOneInequality() throws Exception {
    Verdict v = check("\\max(0, x) = \\begin{cases} x & x \\ge 0 \\\\ 0 & \\text{otherwise} \\end{cases}", NUMERIC);
    assertTrue(v.kind().holds(), v::toString);
    Verdict wrong = check("\\max(0, x) = \\begin{cases} x & x \\ge 0 \\\\ x & \\text{otherwise} \\end{cases}", NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, wrong.kind(), wrong::toString);
    Verdict open = check("\\max(0, x) = \\begin{cases} x & x = 1 \\\\ 0 & \\text{otherwise} \\end{cases}", NUMERIC);
    assertEquals(Verdict.Kind.UNKNOWN, open.kind(), open::toString);
  }

  @Test
  void casesOnBothSidesOrInsideAnExpressionAreNotCheckedYet() throws Exception {
    Verdict v = check("2 \\begin{cases} x & x > 0 \\\\ 0 & x < 0 \\end{cases} = \\max(0, 2x)", NUMERIC);
    assertEquals(Verdict.Kind.UNKNOWN, v.kind(), v::toString);
  }
}
