package derivcheck.doc;

/** What a problem file says must happen to a claim or a step. */
public enum Expectation {
  /** Proved or confirmed (the default). */
  HOLDS("holds"),
  /** Proved symbolically: confirmed is not enough. */
  PROVED("proved"),
  /** Refuted with a counterexample: a must-fail fixture or a false variant. */
  FALSE("false");

  private final String word;

  Expectation(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Expectation parse(String s) {
    for (Expectation e : values()) if (e.word.equals(s.trim())) return e;
    return null;
  }
}
