package derivcheck.cli;

import derivcheck.check.Counterexample;
import derivcheck.check.Points;
import derivcheck.check.Verdict;
import derivcheck.run.VerifiedStep;
import java.math.BigDecimal;
import java.math.MathContext;

/** How {@code verify} words a step's outcome: {@code refuted at x = 0.7: left 0.2461, right 0.1966}. */
final class StepWords {
  private StepWords() {}

  /** "step 3 of derivation 2", counting from 1. */
  static String where(VerifiedStep s) {
    return "step " + (s.result().step() + 1) + " of derivation " + (s.result().derivation() + 1);
  }

  /** The verdict in a few words, with the counterexample or the reason. */
  static String verdict(VerifiedStep s) {
    Verdict v = s.result().verdict();
    switch (v.kind()) {
      case REFUTED:
        return v.counterexample().map(c -> "refuted " + counterexample(c)).orElse("refuted: " + v.detail());
      case UNKNOWN:
      case ERROR:
        return "unknown (" + v.detail() + ")";
      default:
        return v.kind().word();
    }
  }

  /** What the step means for its derivation, or "" when that adds nothing. */
  static String finding(VerifiedStep s) {
    switch (s.finding()) {
      case FIRST_ERROR: return "first error of this derivation";
      case NEW_ERROR: return "a further error, not explained by the one at step " + (s.causeStep() + 1);
      case FOLLOWS_FROM_ERROR: return "follows from the error at step " + (s.causeStep() + 1) + ", not a new error";
      default: return "";
    }
  }

  /** "at x = 0.7: left 0.2461, right 0.1966", with four significant digits unless that hides the difference. */
  static String counterexample(Counterexample c) {
    String l = shortNumber(c.lhs());
    String r = shortNumber(c.rhs());
    if (l.equals(r)) {
      l = orUndefined(c.lhs());
      r = orUndefined(c.rhs());
    }
    String values = "left " + l + ", right " + r;
    return c.point().isEmpty() ? "(" + values + ")" : "at " + Points.describe(c.point()) + ": " + values;
  }

  private static String orUndefined(String v) {
    return v == null ? "undefined" : v;
  }

  static String shortNumber(String v) {
    if (v == null) return "undefined";
    try {
      BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
      if (d.scale() < 0 && d.precision() - d.scale() <= 12) d = d.setScale(0);
      String s = d.toString();
      return s.equals("-0") ? "0" : s;
    } catch (NumberFormatException e) {
      return v;
    }
  }
}
