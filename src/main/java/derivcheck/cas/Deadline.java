package derivcheck.cas;

import java.time.Duration;

/** A point in time on the monotonic clock. */
record Deadline(long endNanos) {
  static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + Math.max(0, budget.toNanos()));
  }

  Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  boolean passed() {
    return System.nanoTime() - endNanos >= 0;
  }

  /** The earlier of this deadline and {@code budget} from now. */
  Deadline cap(Duration budget) {
    long other = System.nanoTime() + Math.max(0, budget.toNanos());
    return other - endNanos < 0 ? new Deadline(other) : this;
  }
}
