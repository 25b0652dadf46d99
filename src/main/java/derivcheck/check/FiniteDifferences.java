package derivcheck.check;

import derivcheck.expr.Chain;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import derivcheck.numeric.CompiledExpr;
import derivcheck.numeric.DoubleCompiler;
import derivcheck.numeric.Sampler;
import derivcheck.numeric.UnsupportedExpressionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradient checker's test: every derivative in a step is replaced by a central difference
 * {@code (f(p + eps e_u) - f(p - eps e_u)) / (2 eps)} in double precision (eps 1e-6) and the sides must agree within
 * {@code atol 1e-5 + rtol 1e-3}. It is independent of both symbolic differentiators. A disagreement that persists when
 * eps changes tenfold either way is reported (a kink makes the difference jump with eps and is skipped); it never
 * refutes anything on its own, since only a high-precision counterexample does.
 */
final class FiniteDifferences {
  static final double EPS = 1e-6;
  static final double ATOL = 1e-5;
  static final double RTOL = 1e-3;
  static final int POINTS = 5;
  private static final int ATTEMPTS = 40;

  private FiniteDifferences() {}

  /** How many components and points the check covered, for the verdict's detail. */
  static final class Tally {
    int components;
    int points;

    String describe() {
      if (components == 0) return "";
      return "; central differences agree in " + components + " component" + (components == 1 ? "" : "s") + " at "
          + points + " points (eps 1e-6, atol 1e-5, rtol 1e-3)";
    }
  }

  private record Difference(CompiledExpr body, int var) {}

  /** Null when the check passes or does not apply; otherwise what disagreed. */
  static String check(Sides sides, long seed, Tally tally) {
    var vars = sides.variables();
    var derivs = new ArrayList<Deriv>();
    collect(sides.lhsPrecise(), derivs);
    collect(sides.rhsPrecise(), derivs);
    if (derivs.isEmpty()) return null;
    CompiledExpr lhs;
    CompiledExpr rhs;
    var diffs = new ArrayList<Difference>();
    var all = new ArrayList<Expr>(vars);
    List<CompiledExpr> conds = new ArrayList<>();
    List<Relation> rels = new ArrayList<>();
    try {
      var slots = new ArrayList<Expr>();
      for (int k = 0; k < derivs.size(); k++) {
        Deriv d = derivs.get(k);
        if (d.order() != 1 || Exprs.any(d.body(), e -> e instanceof Deriv)) return null;
        diffs.add(new Difference(DoubleCompiler.compile(Lowering.eliminateDerivatives(d.body()), vars),
            vars.indexOf(d.var())));
        Var slot = new Var("#difference" + k);
        slots.add(slot);
        all.add(slot);
      }
      lhs = DoubleCompiler.compile(Lowering.eliminateDerivatives(replace(sides.lhsPrecise(), derivs, slots)), all);
      rhs = DoubleCompiler.compile(Lowering.eliminateDerivatives(replace(sides.rhsPrecise(), derivs, slots)), all);
      for (Chain c : sides.conditions()) {
        if (c.leading() || c.terms().size() != 2) continue;
        conds.add(DoubleCompiler.compile(Relation.EQ == c.relations().get(0) ? derivcheck.expr.Num.ZERO
            : derivcheck.lib.Build.sub(c.terms().get(0), c.terms().get(1)), vars));
        rels.add(c.relations().get(0));
      }
    } catch (UnsupportedExpressionException | LoweringException | RuntimeException notApplicable) {
      return null;
    }
    var sampler = new Sampler(seed ^ 0x5eed);
    int agreed = 0;
    for (int attempt = 0; attempt < ATTEMPTS && agreed < POINTS; attempt++) {
      double[] p = sampler.next(vars.size());
      if (!conditionsHold(conds, rels, p)) continue;
      double[] a = values(p, diffs, lhs, rhs, EPS);
      if (a == null) continue;
      if (agree(a[0], a[1])) {
        agreed++;
        continue;
      }
      double[] smaller = values(p, diffs, lhs, rhs, EPS / 10);
      double[] larger = values(p, diffs, lhs, rhs, EPS * 10);
      if (smaller == null || larger == null || agree(smaller[0], smaller[1]) || agree(larger[0], larger[1])) continue;
      return String.format(java.util.Locale.ROOT,
          "central finite differences disagree with the claim (left %.6g, right %.6g at %s)", a[0], a[1],
          describe(vars, p));
    }
    if (agreed > 0) {
      tally.components++;
      tally.points += agreed;
    }
    return null;
  }

  private static double[] values(double[] p, List<Difference> diffs, CompiledExpr lhs, CompiledExpr rhs, double eps) {
    double[] q = java.util.Arrays.copyOf(p, p.length + diffs.size());
    for (int k = 0; k < diffs.size(); k++) {
      Difference d = diffs.get(k);
      double v = 0;
      if (d.var >= 0) {
        double[] up = p.clone();
        double[] down = p.clone();
        up[d.var] += eps;
        down[d.var] -= eps;
        v = (d.body.eval(up) - d.body.eval(down)) / (2 * eps);
      }
      q[p.length + k] = v;
    }
    double a = lhs.eval(q);
    double b = rhs.eval(q);
    if (!Double.isFinite(a) || !Double.isFinite(b)) return null;
    return new double[] {a, b};
  }

  private static boolean agree(double a, double b) {
    return Math.abs(a - b) <= ATOL + RTOL * Math.max(Math.abs(a), Math.abs(b));
  }

  private static boolean conditionsHold(List<CompiledExpr> conds, List<Relation> rels, double[] p) {
    for (int k = 0; k < conds.size(); k++) {
      double v = conds.get(k).eval(p);
      switch (rels.get(k)) {
        case LT: if (!(v < 0)) return false; break;
        case LE: if (!(v <= 0)) return false; break;
        case GT: if (!(v > 0)) return false; break;
        case GE: if (!(v >= 0)) return false; break;
        case NE: if (v == 0) return false; break;
        default: break;
      }
    }
    return true;
  }

  private static void collect(Expr e, List<Deriv> out) {
    if (e instanceof Deriv d) {
      if (!out.contains(d)) out.add(d);
      return;
    }
    for (Expr c : e.children()) collect(c, out);
  }

  private static Expr replace(Expr e, List<Deriv> derivs, List<Expr> slots) {
    int k = e instanceof Deriv ? derivs.indexOf(e) : -1;
    if (k >= 0) return slots.get(k);
    return Exprs.mapChildren(e, c -> replace(c, derivs, slots));
  }

  private static String describe(List<Expr> vars, double[] p) {
    var parts = new ArrayList<String>();
    for (int k = 0; k < vars.size(); k++) parts.add(Points.name(vars.get(k)) + " = " + (float) p[k]);
    return String.join(", ", parts);
  }
}
