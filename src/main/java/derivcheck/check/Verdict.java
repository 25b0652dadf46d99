package derivcheck.check;

import java.util.Optional;

/**
 * The kernel's answer about one step. Only this package can make one: the constructors are package-private, so a
 * step generator or the CAS adapter cannot hand out a {@code proved} of its own.
 *
 * <ul>
 *   <li>{@code PROVED}: a symbolic strategy reduced the claim to a tautology, and the numeric check agreed;
 *       {@link #detail()} names the strategy and its scope.
 *   <li>{@code CONFIRMED}: numeric evidence only (points, seed, worst error).
 *   <li>{@code REFUTED}: a counterexample, re-evaluated at high precision.
 *   <li>{@code UNKNOWN}: no decision, with the reason (timeout, cannot evaluate, ...).
 *   <li>{@code ERROR}: the input is bad (wrong arity, cyclic definition, ...).
 * </ul>
 */
public final class Verdict {
  public enum Kind {
    PROVED, CONFIRMED, REFUTED, UNKNOWN, ERROR;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Proved or confirmed: the step holds as far as derivcheck can tell. */
    public boolean holds() {
      return this == PROVED || this == CONFIRMED;
    }
  }

  private final Kind kind;
  private final String detail;
  private final Counterexample counterexample;
  private final NumericEvidence evidence;

  private Verdict(Kind kind, String detail, Counterexample counterexample, NumericEvidence evidence) {
    this.kind = kind;
    this.detail = detail;
    this.counterexample = counterexample;
    this.evidence = evidence;
  }

  static Verdict proved(String detail, NumericEvidence evidence) {
    return new Verdict(Kind.PROVED, detail, null, evidence);
  }

  static Verdict confirmed(String detail, NumericEvidence evidence) {
    return new Verdict(Kind.CONFIRMED, detail, null, evidence);
  }

  static Verdict refuted(String detail, Counterexample counterexample) {
    return new Verdict(Kind.REFUTED, detail, counterexample, null);
  }

  static Verdict unknown(String reason, NumericEvidence evidence) {
    return new Verdict(Kind.UNKNOWN, reason, null, evidence);
  }

  static Verdict error(String message) {
    return new Verdict(Kind.ERROR, message, null, null);
  }

  /** This verdict with a reading it relied on added to its detail ("n read as a positive integer"). */
  Verdict noting(String reading) {
    return new Verdict(kind, detail + " (" + reading + ")", counterexample, evidence);
  }

  public Kind kind() {
    return kind;
  }

  /** One line of evidence or reason, for people. */
  public String detail() {
    return detail;
  }

  public Optional<Counterexample> counterexample() {
    return Optional.ofNullable(counterexample);
  }

  public Optional<NumericEvidence> evidence() {
    return Optional.ofNullable(evidence);
  }

  @Override
  public String toString() {
    return kind.word() + ": " + detail;
  }
}
