package derivcheck.rules;

import derivcheck.expr.Abs;
import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules on |x|, sign and H: always-true ones, and ones that use what the side conditions say about a sign. */
public final class SignRules {
  private SignRules() {}

  private static Optional<Expr> argOf(Expr e, Builtin b) {
    return e instanceof Call c && c.primes() == 0 && c.args().size() == 1 && Builtin.byName(c.fn()).orElse(null) == b
        ? Optional.of(c.args().get(0)) : Optional.empty();
  }

  /** {@code |-a| -> |a|}. */
  public static final Rule ABS_NEG = new SimpleRule("abs-neg",
      "The absolute value ignores the sign: |-a| = |a|.",
      e -> e instanceof Abs a && a.arg() instanceof Neg n ? Optional.of(new Abs(n.arg())) : Optional.empty());

  /** {@code a \operatorname{sign}(a) -> |a|}. */
  public static final Rule X_SIGN_X = new SimpleRule("x-sign-x",
      "A number times its sign is its absolute value: a sign(a) = |a|.",
      e -> {
        if (!(e instanceof Mul m)) return Optional.empty();
        List<Expr> fs = new ArrayList<>(m.factors());
        for (int i = 0; i < fs.size(); i++) {
          var a = argOf(fs.get(i), Builtin.SIGN);
          if (a.isEmpty()) continue;
          int j = fs.indexOf(a.get());
          if (j < 0) continue;
          fs.set(Math.min(i, j), new Abs(a.get()));
          fs.remove(Math.max(i, j));
          return Optional.of(Exprs.product(fs));
        }
        return Optional.empty();
      });

  /** The rules that use the signs the side conditions give. */
  public static List<Rule> withFacts(Facts facts) {
    return List.of(
        new SimpleRule("abs-of-sign", "|a| = a for a > 0 and |a| = -a for a < 0.",
            e -> e instanceof Abs a ? facts.sign(a.arg()).flatMap(s -> switch (s) {
              case POSITIVE -> Optional.of(a.arg());
              case NEGATIVE -> Optional.of((Expr) new Neg(a.arg()));
              default -> Optional.empty();
            }) : Optional.empty()),
        new SimpleRule("sign-of-sign", "sign(a) = 1 for a > 0 and -1 for a < 0.",
            e -> argOf(e, Builtin.SIGN).flatMap(a -> facts.sign(a).flatMap(s -> switch (s) {
              case POSITIVE -> Optional.of((Expr) Num.ONE);
              case NEGATIVE -> Optional.of((Expr) new Neg(Num.ONE));
              default -> Optional.empty();
            }))),
        new SimpleRule("heaviside-of-sign", "H(a) = 1 for a > 0 and 0 for a < 0.",
            e -> argOf(e, Builtin.HEAVISIDE).flatMap(a -> facts.sign(a).flatMap(s -> switch (s) {
              case POSITIVE -> Optional.of((Expr) Num.ONE);
              case NEGATIVE -> Optional.of((Expr) Num.ZERO);
              default -> Optional.empty();
            }))));
  }
}
