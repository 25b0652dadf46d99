package derivcheck.check;

import static derivcheck.check.KernelTest.FULL;
import static derivcheck.check.KernelTest.NUMERIC;
import static derivcheck.check.KernelTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sizes (kernel size, stride, padding, declared naturals) are read as positive integers, and the detail says so. */
class SizeLettersTest {
  @Test
  void theRoundedQuotientOfAConvSizeFormulaIsAboutIntegers() throws Exception {
    // ceil(a/s) = floor((a+s-1)/s) holds for integers only (it fails at d = -2.9, p = 0.7 for reals)
    Verdict v = check("\\lceil (d + 2p - k)/s \\rceil = \\lfloor (d+2p-k+s-1)/s \\rfloor \\quad \\text{for } s \\geq 1",
        NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertTrue(v.detail().endsWith("(d, p, k, s read as positive integers)"), v::detail);
  }

  @Test
  void aWrongSizeFormulaIsStillRefutedAtIntegers() throws Exception {
    Verdict v = check("\\lfloor (d + 2p - k)/s \\rfloor + 1 = \\lceil (d + 2p - k)/s \\rceil + 1", FULL);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    assertTrue(v.detail().contains("read as positive integers"), v::detail);
    for (var value : v.counterexample().orElseThrow().point().values()) {
      assertTrue(value.stripTrailingZeros().scale() <= 0, "an integer point: " + value);
      assertTrue(value.signum() > 0, "a positive point: " + value);
    }
  }

  @Test
  void aDeclaredNaturalIsSampledAtPositiveIntegers() throws Exception {
    // (-1)^{2n} = 1 holds for integers n only
    Verdict v = check("(-1)^{2n} = 1 \\quad \\text{for } n \\in \\mathbb{N}", NUMERIC);
    assertEquals(Verdict.Kind.CONFIRMED, v.kind(), v::toString);
    assertTrue(v.detail().endsWith("(n read as a positive integer)"), v::detail);
  }

  @Test
  void floorsOfRealsKeepTheirRealReading() throws Exception {
    // no quotient by an unknown: x stays real, and the identity that holds only for integers x is refuted
    Verdict v = check("\\lfloor 2x \\rfloor = 2 \\lfloor x \\rfloor", NUMERIC);
    assertEquals(Verdict.Kind.REFUTED, v.kind(), v::toString);
    assertFalse(v.detail().contains("integer"), v::detail);
  }
}
