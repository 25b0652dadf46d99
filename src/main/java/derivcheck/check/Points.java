package derivcheck.check;

import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a point for people: {@code x = 0.7, y = -1.3}. */
public final class Points {
  private Points() {}

  public static String describe(Map<Expr, BigDecimal> point) {
    if (point.isEmpty()) return "(no unknowns)";
    var sj = new StringJoiner(", ");
    point.forEach((k, v) -> sj.add(name(k) + " = " + Comparison.display(v)));
    return sj.toString();
  }

  /** The LaTeX name of an unknown: {@code x}, {@code \alpha}, {@code x_{1}}. */
  public static String name(Expr unknown) {
    if (unknown instanceof Var v) return v.name();
    if (unknown instanceof Indexed i && i.base() instanceof Var v) {
      var sj = new StringJoiner(",", v.name() + "_{", "}");
      for (Expr ix : i.indices()) sj.add(ix instanceof Num n ? n.value().toPlainString() : "?");
      return sj.toString();
    }
    return unknown.toString();
  }
}
