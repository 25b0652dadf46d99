package derivcheck.check;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.numeric.CompiledExpr;
import derivcheck.numeric.DoubleCompiler;
import derivcheck.numeric.PreciseEvaluator;
import derivcheck.numeric.PreciseValue;
import derivcheck.numeric.Sampler;
import derivcheck.numeric.UnsupportedExpressionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numeric half of the kernel: evaluates a step at seeded random points in double precision, and sends every
 * doubtful point (a mismatch, an overflow, and the first few points regardless) to the high-precision evaluator,
 * whose verdict alone can produce a counterexample.
 */
final class NumericCheck {
  sealed interface Outcome permits Agreed, Refuted, Undecided {}

  record Agreed(NumericEvidence evidence) implements Outcome {}

  record Refuted(Counterexample counterexample) implements Outcome {}

  record Undecided(String reason, NumericEvidence evidence) implements Outcome {}

  /** Points re-evaluated at high precision even when double precision agrees: guards the fast path's lowering. */
  private static final int CROSS_CHECKS = 2;
  private static final int MIN_POINTS = 20;
  private static final int DIGITS = 60;
  private static final int FINER_DIGITS = 110;
  /**
   * Points where double precision gives no finite value are first asked of the high-precision evaluator (the
   * value may only have overflowed); after this many, further such points are skipped unasked, to bound the cost
   * of claims with small domains. Skipping never decides anything, it only thins the evidence.
   */
  private static final int NONFINITE_PRECISE_LIMIT = 10;

  private final int crossChecks;
  private final Sides sides;
  private final Relation relation;
  private final CheckOptions options;
  private final List<Expr> vars;
  private final PreciseEvaluator precise = new PreciseEvaluator(DIGITS);
  /** A second, finer evaluator: rounding noise shrinks when the precision grows, a real difference does not. */
  private final PreciseEvaluator finer = new PreciseEvaluator(FINER_DIGITS);

  NumericCheck(Sides sides, Relation relation, CheckOptions options) {
    this(sides, relation, options, CROSS_CHECKS);
  }

  /**
   * With {@code crossChecks} points re-evaluated at high precision even when double precision agrees (the
   * components of a vector claim share their structure, so only some of them need this guard).
   */
  NumericCheck(Sides sides, Relation relation, CheckOptions options, int crossChecks) {
    this.crossChecks = crossChecks;
    this.sides = sides;
    this.relation = relation;
    this.options = options;
    this.vars = sides.variables();
  }

  private static boolean isStep(Expr e) {
    return e instanceof derivcheck.expr.Floor || e instanceof derivcheck.expr.Ceil;
  }

  Outcome run() throws UnsupportedExpressionException {
    CompiledExpr lhs = DoubleCompiler.compile(sides.lhsFast(), vars);
    CompiledExpr rhs = DoubleCompiler.compile(sides.rhsFast(), vars);
    List<CompiledCondition> conds = compileConditions();
    // floor and ceiling jump at the integers, which the sampler otherwise never draws
    boolean steps = derivcheck.expr.Exprs.any(sides.lhsFast(), NumericCheck::isStep)
        || derivcheck.expr.Exprs.any(sides.rhsFast(), NumericCheck::isStep);
    Sampler sampler = steps ? new Sampler(options.seed()).withIntegers() : new Sampler(options.seed());
    // sizes (kernel sizes, strides, declared naturals) are positive integers: conv size formulas hold only there
    var sizes = SizeLetters.of(sides);
    if (!sizes.isEmpty()) {
      boolean[] mask = new boolean[vars.size()];
      for (int k = 0; k < mask.length; k++) mask[k] = sizes.contains(vars.get(k));
      sampler.withPositiveIntegers(mask);
    }
    boolean constant = vars.isEmpty();
    int target = constant ? 1 : options.points();
    int maxAttempts = constant ? 1 : target * 20;
    long deadline = System.nanoTime() + options.numericBudget().toNanos();
    int agreed = 0;
    int skipped = 0;
    int rejected = 0;
    int rescues = 0;
    int unresolved = 0;
    int nonFinite = 0;
    double worst = relation == Relation.EQ ? 0 : Double.NaN;
    boolean timedOut = false;
    for (int attempt = 0; attempt < maxAttempts && agreed < target; attempt++) {
      if (System.nanoTime() > deadline) {
        timedOut = true;
        break;
      }
      double[] p = constant ? new double[0] : sampler.next(vars.size());
      if (!conditionsHold(conds, p)) {
        rejected++;
        continue;
      }
      double a = lhs.eval(p);
      double b = rhs.eval(p);
      boolean finite = Double.isFinite(a) && Double.isFinite(b);
      boolean fine = finite && Comparison.holds(relation, a, b);
      if (!finite && ++nonFinite > NONFINITE_PRECISE_LIMIT) {
        skipped++;
        continue;
      }
      if (fine && agreed < crossChecks && agreeAtOnePass(p)) {
        agreed++;
        if (relation == Relation.EQ) worst = Math.max(worst, Comparison.relativeError(a, b));
        continue;
      }
      if (!fine || agreed < crossChecks) {
        PreciseValue pa = precise.eval(sides.lhsPrecise(), pointMap(p));
        PreciseValue pb = precise.eval(sides.rhsPrecise(), pointMap(p));
        if (isDomainError(pa) || isDomainError(pb)) {
          skipped++;
          continue;
        }
        if (pa instanceof PreciseValue.Finite fa && pb instanceof PreciseValue.Finite fb) {
          if (!preciseHolds(p, fa, fb)) {
            return new Refuted(simplest(p, lhs, rhs, conds, fa, fb));
          }
          if (finite && !fine) rescues++;
        } else if (!finite) {
          skipped++; // neither evaluator could compute this point
          continue;
        } else if (!fine) {
          unresolved++; // a double-precision mismatch that high precision could not settle
          continue;
        }
      }
      agreed++;
      if (finite && relation == Relation.EQ) worst = Math.max(worst, Comparison.relativeError(a, b));
    }
    var evidence = new NumericEvidence(agreed, skipped, rejected, worst, options.seed(), rescues);
    if (agreed == 0) {
      String why = rejected > 0 && skipped == 0
          ? "no sampled point satisfies the side conditions"
          : "no point found where both sides are defined";
      return new Undecided(timedOut ? "timeout in the numeric check" : why, evidence);
    }
    if (unresolved > 0) {
      return new Undecided(unresolved + " point" + (unresolved == 1 ? "" : "s")
          + " disagree in double precision and could not be settled at high precision", evidence);
    }
    if (agreed < Math.min(target, MIN_POINTS)) {
      return new Undecided(
          (timedOut ? "timeout in the numeric check: " : "too little numeric evidence: ")
              + "only " + agreed + " point" + (agreed == 1 ? "" : "s") + " evaluated", evidence);
    }
    return new Agreed(evidence);
  }

  /**
   * The routine cross-check of a point where double precision agreed, done cheaply: one high-precision pass per
   * side ({@link PreciseEvaluator#evalOnce}). True when the sides are equal to all 60 digits (for an equation) or
   * satisfy the inequality by more than the tolerance; the full two-pass check would then agree too, or find lost
   * digits, which also lets the point count. Anything else goes to the full check, which alone may refute.
   */
  private boolean agreeAtOnePass(double[] p) {
    PreciseValue pa = precise.evalOnce(sides.lhsPrecise(), pointMap(p));
    if (!(pa instanceof PreciseValue.Finite a)) return false;
    PreciseValue pb = precise.evalOnce(sides.rhsPrecise(), pointMap(p));
    if (!(pb instanceof PreciseValue.Finite b)) return false;
    if (relation == Relation.EQ) return a.value().compareTo(b.value()) == 0;
    return !Comparison.withinTolerance(a.value(), b.value()) && Comparison.holds(relation, a.value(), b.value());
  }

  /**
   * The deciding comparison. Where the sides differ by less than the tolerance, the point is evaluated again with
   * more digits: rounding noise shrinks as the precision grows, a real difference (e^{-100} against 0) does not, and
   * its sign then decides strict and non-strict inequalities alike.
   */
  private boolean preciseHolds(double[] p, PreciseValue.Finite a, PreciseValue.Finite b) {
    if (!Comparison.withinTolerance(a.value(), b.value())) return Comparison.holds(relation, a.value(), b.value());
    int sign = realSign(p, Comparison.difference(a.value(), b.value()));
    switch (relation) {
      case EQ: return sign == 0;
      case LE: return sign <= 0;
      case LT: return sign < 0;
      case GE: return sign >= 0;
      case GT: return sign > 0;
      default: return true; // APPROX: agreement to 30 digits is plenty
    }
  }

  /** The sign of a tiny difference if it is real, or 0 if it is rounding noise. */
  private int realSign(double[] p, BigDecimal coarse) {
    if (coarse.signum() == 0) return 0;
    PreciseValue fa = finer.eval(sides.lhsPrecise(), pointMap(p));
    PreciseValue fb = finer.eval(sides.rhsPrecise(), pointMap(p));
    if (!(fa instanceof PreciseValue.Finite x) || !(fb instanceof PreciseValue.Finite y)) return 0;
    BigDecimal fine = Comparison.difference(x.value(), y.value());
    return fine.abs().compareTo(coarse.abs().movePointLeft(10)) > 0 ? fine.signum() : 0;
  }

  private static boolean isDomainError(PreciseValue v) {
    return v instanceof PreciseValue.Undefined u && u.reason().isDomainError();
  }

  /** A counterexample with short coordinates (x = 0.7 rather than 0.7134...), if one still refutes the step. */
  private Counterexample simplest(double[] p, CompiledExpr lhs, CompiledExpr rhs, List<CompiledCondition> conds,
      PreciseValue.Finite pa, PreciseValue.Finite pb) {
    for (int decimals = 1; decimals <= 3 && p.length > 0; decimals++) {
      double[] q = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        double r = BigDecimal.valueOf(p[i]).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        q[i] = r != 0 ? r : Math.copySign(Math.pow(10, -decimals), p[i]);
      }
      if (!conditionsHold(conds, q)) continue;
      double a = lhs.eval(q);
      double b = rhs.eval(q);
      if (!Double.isFinite(a) || !Double.isFinite(b) || Comparison.holds(relation, a, b)) continue;
      PreciseValue qa = precise.eval(sides.lhsPrecise(), pointMap(q));
      PreciseValue qb = precise.eval(sides.rhsPrecise(), pointMap(q));
      if (qa instanceof PreciseValue.Finite fa && qb instanceof PreciseValue.Finite fb && !preciseHolds(q, fa, fb)) {
        return counterexample(q, fa, fb);
      }
    }
    return counterexample(p, pa, pb);
  }

  private Counterexample counterexample(double[] p, PreciseValue.Finite a, PreciseValue.Finite b) {
    var point = new LinkedHashMap<Expr, BigDecimal>();
    for (int i = 0; i < p.length; i++) point.put(vars.get(i), BigDecimal.valueOf(p[i]));
    String left = Comparison.display(a.value());
    String right = Comparison.display(b.value());
    if (left.equals(right)) { // the sides differ beyond ten digits: show where
      left = Comparison.displayAll(a.value());
      right = Comparison.displayAll(b.value());
    }
    return new Counterexample(point, left, right);
  }

  /** The exact binary value of each double: the high-precision check sees the very point double precision saw. */
  private Map<Expr, BigDecimal> pointMap(double[] p) {
    return PreciseEvaluator.point(vars, p);
  }

  private record CompiledCondition(List<CompiledExpr> terms, List<Relation> relations) {}

  private List<CompiledCondition> compileConditions() throws UnsupportedExpressionException {
    var out = new ArrayList<CompiledCondition>();
    for (Chain c : sides.conditions()) {
      if (c.leading() || SizeLetters.isDeclaration(c)) continue; // n \in \mathbb{N}: met by the sampling
      var terms = new ArrayList<CompiledExpr>();
      for (Expr t : c.terms()) terms.add(DoubleCompiler.compile(t, vars));
      out.add(new CompiledCondition(terms, c.relations()));
    }
    return out;
  }

  private static boolean conditionsHold(List<CompiledCondition> conds, double[] p) {
    for (CompiledCondition c : conds) {
      for (int i = 0; i < c.relations().size(); i++) {
        double a = c.terms().get(i).eval(p);
        double b = c.terms().get(i + 1).eval(p);
        if (!conditionHolds(c.relations().get(i), a, b)) return false;
      }
    }
    return true;
  }

  private static boolean conditionHolds(Relation r, double a, double b) {
    switch (r) {
      case LT: return a < b;
      case LE: return a <= b;
      case GT: return a > b;
      case GE: return a >= b;
      case NE: return a != b;
      default: return true; // equalities were applied as substitutions before sampling
    }
  }
}
