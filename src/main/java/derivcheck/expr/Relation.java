package derivcheck.expr;

/** A relation between two neighbouring terms of a chain. */
public enum Relation {
  EQ("="), NE("\\neq"), LT("<"), LE("\\le"), GT(">"), GE("\\ge"), APPROX("\\approx"), DEFINES(":=");

  private final String latex;

  Relation(String latex) {
    this.latex = latex;
  }

  public String latex() {
    return latex;
  }

  public boolean isOrder() {
    return this == LT || this == LE || this == GT || this == GE;
  }
}
