package derivcheck.check;

/**
 * What the numeric check saw (the worst error is NaN for relations other than equality, where it means nothing): {@code points} where both sides were evaluated and agreed, {@code skipped} points where
 * a side is undefined, {@code rejected} points outside the side conditions, the worst relative error, the seed, and
 * how many disagreements in double precision turned out to be rounding at high precision.
 */
public record NumericEvidence(int points, int skipped, int rejected, double worstError, long seed, int roundingRescues) {
  public String describe() {
    var sb = new StringBuilder();
    sb.append(points).append(points == 1 ? " point agrees" : " points agree");
    if (skipped > 0) sb.append(", ").append(skipped).append(" skipped (a side undefined)");
    if (rejected > 0) sb.append(", ").append(rejected).append(" outside the conditions");
    if (!Double.isNaN(worstError)) sb.append(String.format(java.util.Locale.ROOT, ", worst error %.1e", worstError));
    sb.append(", seed ").append(seed);
    if (roundingRescues > 0) {
      sb.append(", ").append(roundingRescues).append(" double-precision mismatch")
          .append(roundingRescues == 1 ? "" : "es").append(" settled at high precision");
    }
    return sb.toString();
  }
}
