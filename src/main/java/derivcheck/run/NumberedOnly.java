package derivcheck.run;

import derivcheck.check.Step;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.render.LatexPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A name used with a general index ({@code g_i}, {@code g_{j-k+1}}) when the document defined only numbered ones
 * ({@code g_1 = ...}, {@code g_2 = ...}): derivcheck cannot tell what {@code g_i} is for other i, so such a step is
 * left open with that reason instead of being read with an unrelated vector g.
 */
final class NumberedOnly {
  private NumberedOnly() {}

  static Optional<String> find(Step s) {
    Definitions defs = s.defs();
    for (Expr side : List.of(s.lhs(), s.rhs())) {
      var hit = new ArrayList<Indexed>();
      Exprs.any(side, x -> {
        if (x instanceof Indexed ix && ix.base() instanceof Var && ix.indices().size() == 1
            && !(ix.indices().get(0) instanceof Num) && defs.value(x).isEmpty() && !numbered(defs, ix).isEmpty()) {
          hit.add(ix);
        }
        return false;
      });
      if (!hit.isEmpty()) {
        Indexed ix = hit.get(0);
        String defined = numbered(defs, ix).stream().map(LatexPrinter::print).collect(Collectors.joining(", "));
        return Optional.of("uses " + LatexPrinter.print(ix) + " with a general index, but the document defines only "
            + defined);
      }
    }
    return Optional.empty();
  }

  /** The numbered entries of the same name that have values: g_1, g_2 for g_i. */
  private static List<Expr> numbered(Definitions defs, Indexed ix) {
    var out = new ArrayList<Expr>();
    for (Expr name : defs.values().keySet()) {
      if (name instanceof Indexed n && n.base().equals(ix.base()) && n.indices().size() == 1
          && n.indices().get(0) instanceof Num) {
        out.add(name);
      }
    }
    out.sort(java.util.Comparator.comparing(LatexPrinter::print));
    return out;
  }
}
