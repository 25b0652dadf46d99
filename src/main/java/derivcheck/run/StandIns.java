package derivcheck.run;

import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Gradient;
import derivcheck.expr.Num;
import derivcheck.lib.Build;
import derivcheck.lib.Builtin;
import derivcheck.lib.Definitions;
import derivcheck.lib.Variables;
import derivcheck.render.LatexPrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the document differentiates but never defines, such as a loss {@code L} with upstream gradients
 * {@code g_1 = \partial L / \partial y_1}. Such a name is an arbitrary smooth function of the defined quantities the
 * document differentiates it by (here y_1 and y_2, themselves defined in terms of w and x). A step about it is
 * checked with random smooth stand-ins {@code L = \sin(\sum_j a_j t_j + b) + \frac14 \sum_j c_j t_j^2} of those
 * quantities, several draws: the chain rule then makes a correct step hold, and a wrong one fails for some draw.
 */
final class StandIns {
  static final int DRAWS = 3;

  /** For each undefined name, the names the whole document differentiates it by, in order of appearance. */
  private final Map<Expr, Set<Expr>> differentiatedBy = new LinkedHashMap<>();

  /** Records the derivatives a formula of the document takes. */
  void harvest(Expr e) {
    Exprs.any(e, x -> {
      Expr body = x instanceof Deriv d ? d.body() : x instanceof Gradient g ? g.body() : null;
      Expr var = x instanceof Deriv d ? d.var() : x instanceof Gradient g ? g.var() : null;
      if (body != null && DefinitionRule.isName(body) && !body.equals(var)) {
        differentiatedBy.computeIfAbsent(body, k -> new LinkedHashSet<>()).add(var);
      }
      return false;
    });
  }

  /** A step with its stand-in definitions, one per draw, and what was replaced. */
  record Draws(List<Definitions> defs, String what) {}

  /**
   * Stand-ins for every undefined name the step differentiates (also through the values of names it uses), if
   * each of them is differentiated somewhere by defined quantities; empty otherwise.
   */
  Optional<Draws> forStep(Expr lhs, Expr rhs, Definitions defs) {
    Set<Expr> undefined = new LinkedHashSet<>();
    collect(lhs, defs, undefined, new HashSet<>());
    collect(rhs, defs, undefined, new HashSet<>());
    if (undefined.isEmpty()) return Optional.empty();
    Map<Expr, List<Expr>> args = new LinkedHashMap<>();
    for (Expr name : undefined) {
      List<Expr> inputs = new ArrayList<>();
      for (Expr v : differentiatedBy.getOrDefault(name, Set.of())) {
        if (isScalarName(v) && defs.value(v).isPresent() && !Variables.free(defs.value(v).get()).contains(name)) {
          inputs.add(v);
        }
      }
      if (inputs.isEmpty()) return Optional.empty();
      args.put(name, inputs);
    }
    var draws = new ArrayList<Definitions>();
    for (int k = 1; k <= DRAWS; k++) {
      Definitions d = defs;
      for (var en : args.entrySet()) d = d.withValue(en.getKey(), function(en.getKey(), en.getValue(), k));
      draws.add(d);
    }
    String what = args.entrySet().stream()
        .map(en -> LatexPrinter.print(en.getKey()) + " a smooth function of "
            + en.getValue().stream().map(LatexPrinter::print).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
    return Optional.of(new Draws(draws, what));
  }

  /** A plain scalar name ({@code z}, {@code y_1}); vectors ({@code \mathbf{y}}) get no scalar stand-in. */
  private static boolean isScalarName(Expr v) {
    if (v instanceof derivcheck.expr.Var var) {
      return !var.name().startsWith("\\mathbf") && !var.name().startsWith("\\boldsymbol") && !var.name().startsWith("\\bm");
    }
    return Variables.isScalarEntry(v);
  }

  /** Undefined names differentiated in {@code e} or in the values of the names it uses. */
  private static void collect(Expr e, Definitions defs, Set<Expr> out, Set<Expr> seen) {
    Exprs.any(e, x -> {
      Expr body = x instanceof Deriv d ? d.body() : x instanceof Gradient g ? g.body() : null;
      Expr var = x instanceof Deriv d ? d.var() : x instanceof Gradient g ? g.var() : null;
      if (body != null && DefinitionRule.isName(body) && !body.equals(var) && defs.value(body).isEmpty()) {
        out.add(body);
      }
      if (DefinitionRule.isName(x) && seen.add(x)) defs.value(x).ifPresent(v -> collect(v, defs, out, seen));
      return false;
    });
  }

  /** {@code \sin(\sum_j a_j t_j + b) + \frac14 \sum_j c_j t_j^2}, coefficients seeded by the name and the draw. */
  private static Expr function(Expr name, List<Expr> inputs, int draw) {
    var rng = new Random(LatexPrinter.print(name).hashCode() * 1_000_003L + draw * 7919L + inputs.size());
    var linear = new ArrayList<Expr>();
    var square = new ArrayList<Expr>();
    for (Expr t : inputs) {
      linear.add(Build.mul(coefficient(rng), t));
      square.add(Build.mul(coefficient(rng), Build.pow(t, Num.TWO)));
    }
    linear.add(coefficient(rng));
    return Build.add(Builtin.SIN.call(Build.add(linear.toArray(Expr[]::new))),
        Build.div(Build.add(square.toArray(Expr[]::new)), Num.of(4)));
  }

  /** A nonzero multiple of 0.1 in [-1.5, 1.5]. */
  private static Expr coefficient(Random rng) {
    int k = rng.nextInt(30) - 15;
    if (k >= 0) k++;
    BigDecimal v = BigDecimal.valueOf(k, 1);
    return v.signum() < 0 ? Build.neg(new Num(v.negate())) : new Num(v);
  }
}
