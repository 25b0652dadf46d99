package derivcheck.numeric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {
  @Test
  void absoluteNearZeroRelativeForLargeValues() {
    Tolerance t = Tolerance.DEFAULT;
    assertTrue(t.close(0, 5e-10));
    assertFalse(t.close(0, 5e-9));
    assertTrue(t.close(1e6, 1e6 + 1e-4));
    assertFalse(t.close(1e6, 1e6 + 1e-2));
    assertTrue(t.close(-2.5, -2.5));
    assertFalse(t.close(1, -1));
  }

  @Test
  void nonFiniteValuesAreCloseToNothing() {
    Tolerance t = new Tolerance();
    assertFalse(t.close(Double.NaN, Double.NaN));
    assertFalse(t.close(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertFalse(t.close(1, Double.NaN));
  }

  @Test
  void configurable() {
    Tolerance loose = new Tolerance(0, 1e-3);
    assertTrue(loose.close(1000, 1000.5));
    assertFalse(loose.close(0, 1e-12));
    assertThrows(IllegalArgumentException.class, () -> new Tolerance(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, Double.NaN));
  }
}
