package derivcheck.run;

import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.lib.Definitions;
import derivcheck.lib.Lowering;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A name the document defined as a value is not a function: after {@code S_2 = e^{x_2}/Z}, the parser's call
 * {@code S_2(1 - S_2)} is the product {@code S_2 \cdot (1 - S_2)}, as the author meant.
 */
final class ValueCalls {
  private ValueCalls() {}

  static Chain rewrite(Chain c, Definitions defs, LatexParser parser) {
    if (c == null) return null;
    Map<String, Optional<Expr>> names = new HashMap<>();
    List<Expr> terms = new ArrayList<>();
    boolean changed = false;
    for (Expr t : c.terms()) {
      Expr r = Exprs.transform(t, e -> asProduct(e, defs, parser, names));
      changed |= r != t;
      terms.add(r);
    }
    return changed ? new Chain(terms, c.relations(), c.conditions(), c.note()) : c;
  }

  private static Expr asProduct(Expr e, Definitions defs, LatexParser parser, Map<String, Optional<Expr>> names) {
    if (!(e instanceof Call call) || call.primes() != 0 || call.args().size() != 1
        || Lowering.isKnownFunction(call.fn(), defs)) {
      return e;
    }
    Optional<Expr> name = names.computeIfAbsent(call.fn(), fn -> {
      try {
        Expr n = parser.parseExpr(fn);
        return defs.value(n).isPresent() ? Optional.of(n) : Optional.empty();
      } catch (ParseError ex) {
        return Optional.empty();
      }
    });
    return name.<Expr>map(n -> Mul.of(n, call.args().get(0))).orElse(e);
  }
}
