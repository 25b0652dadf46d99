package derivcheck.expr;

import java.util.List;

/** A named mathematical constant. {@code e} is Euler's number by the parser's written rule. */
public record Const(Kind kind) implements Expr {
  public enum Kind { E, PI, INFINITY }

  public static final Const E = new Const(Kind.E);
  public static final Const PI = new Const(Kind.PI);
  public static final Const INFINITY = new Const(Kind.INFINITY);

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
