package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A step with two readings holds only under both, fails only under both, and is otherwise unknown naming them. */
class ReadingVerdictsTest {
  private static final List<String> READINGS = List.of("sig read as a function name", "sig read as s i g");
  private static final Verdict PROVED = Verdict.proved("by evaluate", null);
  private static final Verdict CONFIRMED = Verdict.confirmed("100 points agree", null);
  private static final Verdict REFUTED = Verdict.refuted("at x = 1: left 1, right 2", null);
  private static final Verdict UNKNOWN = Verdict.unknown("cannot evaluate numerically: g is not defined; tried", null);

  @Test
  void holdsOnlyUnderEveryReading() {
    Verdict both = ReadingVerdicts.combine(List.of(PROVED, PROVED), READINGS);
    assertEquals(Verdict.Kind.PROVED, both.kind());
    assertTrue(both.detail().contains("sig read as s i g"), both.detail());
    assertEquals(Verdict.Kind.CONFIRMED, ReadingVerdicts.combine(List.of(PROVED, CONFIRMED), READINGS).kind());
  }

  @Test
  void failsOnlyUnderEveryReading() {
    assertEquals(Verdict.Kind.REFUTED, ReadingVerdicts.combine(List.of(REFUTED, REFUTED), READINGS).kind());
    Verdict split = ReadingVerdicts.combine(List.of(PROVED, REFUTED), READINGS);
    assertEquals(Verdict.Kind.UNKNOWN, split.kind());
    assertEquals("ambiguous: holds if sig read as a function name, fails if sig read as s i g (at x = 1: left 1,"
        + " right 2)", split.detail());
  }

  @Test
  void anUndecidedReadingLeavesTheStepUnknown() {
    Verdict v = ReadingVerdicts.combine(List.of(REFUTED, UNKNOWN), READINGS);
    assertEquals(Verdict.Kind.UNKNOWN, v.kind());
    assertTrue(v.detail().endsWith("undecided if sig read as s i g (cannot evaluate numerically: g is not defined)"),
        v.detail());
  }

  @Test
  void oneReadingIsThePlainVerdict() {
    assertEquals(REFUTED, ReadingVerdicts.combine(List.of(REFUTED), List.of("")));
  }
}
