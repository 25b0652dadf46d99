package derivcheck.rules;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Variables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the side conditions of a claim say about the sign of its variables ({@code x > 0}, {@code x < 0},
 * {@code x \neq 0}), for rules such as {@code |x| = x for x > 0}.
 */
public final class Facts {
  public enum Sign { POSITIVE, NEGATIVE, NONZERO }

  public static final Facts NONE = new Facts(Map.of());

  private final Map<Expr, Sign> signs;

  private Facts(Map<Expr, Sign> signs) {
    this.signs = Map.copyOf(signs);
  }

  public static Facts of(List<Chain> conditions) {
    var out = new HashMap<Expr, Sign>();
    for (Chain c : conditions) {
      if (c.terms().size() != 2 || c.leading()) continue;
      Expr a = c.terms().get(0);
      Expr b = c.terms().get(1);
      Relation r = c.relations().get(0);
      if (isUnknown(a) && isZero(b)) put(out, a, r, false);
      else if (isZero(a) && isUnknown(b)) put(out, b, r, true);
    }
    return new Facts(out);
  }

  private static void put(Map<Expr, Sign> out, Expr v, Relation r, boolean flipped) {
    Sign s = switch (r) {
      case GT -> flipped ? Sign.NEGATIVE : Sign.POSITIVE;
      case LT -> flipped ? Sign.POSITIVE : Sign.NEGATIVE;
      case NE -> Sign.NONZERO;
      default -> null;
    };
    if (s != null) out.put(v, s);
  }

  private static boolean isUnknown(Expr e) {
    return e instanceof Var || Variables.isScalarEntry(e);
  }

  private static boolean isZero(Expr e) {
    return e instanceof Num n && n.isZero();
  }

  public Optional<Sign> sign(Expr e) {
    return Optional.ofNullable(signs.get(e));
  }
}
