package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Known identities between functions: cosh^2 - sinh^2 = 1 and sin^2 + cos^2 = 1. */
public final class IdentityRules {
  private IdentityRules() {}

  /** The argument of {@code f(u)^2} for the builtin f, if {@code e} is one. */
  private static Optional<Expr> squareOf(Expr e, Builtin f) {
    if (e instanceof Pow p && p.exp() instanceof Num n && n.equals(Num.TWO) && p.base() instanceof Call c
        && c.primes() == 0 && c.args().size() == 1 && Builtin.byName(c.fn()).orElse(null) == f) {
      return Optional.of(c.args().get(0));
    }
    return Optional.empty();
  }

  /** In a sum, replaces {@code a f(u)^2 + b g(u)^2} with coefficients {@code a = 1, b = sign} by 1. */
  private static Optional<Expr> pair(Expr e, Builtin first, Builtin second, int sign) {
    if (!(e instanceof Add a)) return Optional.empty();
    List<Expr> ts = a.terms();
    for (int i = 0; i < ts.size(); i++) {
      Term ti = Term.of(ts.get(i));
      if (!ti.coef().isOne() || ti.factors().size() != 1) continue;
      var u = squareOf(ti.factors().get(0), first);
      if (u.isEmpty()) continue;
      for (int j = 0; j < ts.size(); j++) {
        Term tj = Term.of(ts.get(j));
        if (j == i || tj.factors().size() != 1 || tj.coef().compareTo(Rational.of(sign)) != 0) continue;
        var v = squareOf(tj.factors().get(0), second);
        if (v.isEmpty() || !v.get().equals(u.get())) continue;
        var out = new ArrayList<Expr>();
        for (int k = 0; k < ts.size(); k++) {
          if (k == Math.min(i, j)) out.add(Num.ONE);
          else if (k != Math.max(i, j)) out.add(ts.get(k));
        }
        return Optional.of(Exprs.sum(out));
      }
    }
    return Optional.empty();
  }

  public static final Rule HYPERBOLIC = new SimpleRule("hyperbolic-identity",
      "A known identity: cosh^2 u - sinh^2 u = 1.",
      e -> pair(e, Builtin.COSH, Builtin.SINH, -1));

  public static final Rule PYTHAGOREAN = new SimpleRule("pythagorean-identity",
      "A known identity: sin^2 u + cos^2 u = 1.",
      e -> pair(e, Builtin.SIN, Builtin.COS, 1));
}
