package derivcheck.tensor;

import derivcheck.expr.BigOp;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the sizes a claim is checked at and writes out its scalar components there. One size symbol runs over
 * 1..6; several take their all-equal choices 1..6 first, then mixed choices, up to a cap. A size where the claim
 * cannot be formed (a list with \dots running backwards, a kernel longer than its input, shapes that only fit at
 * other sizes) is skipped and named; shapes that fit at no size are a shape error. Free indices run over their
 * ranges; every entry of a vector or matrix claim is a component.
 */
final class Planner {
  /** Size choices tried at most, and the time for writing a claim out at all its sizes. */
  static final int MAX_TRIES = 80;
  static final java.time.Duration PLAN_TIME = java.time.Duration.ofSeconds(20);

  private final ClaimScope scope;
  private final Expr lhs;
  private final Expr rhs;
  private final TensorClaims.Limits limits;
  private final Expander x;

  Planner(ClaimScope scope, Expr lhs, Expr rhs, TensorClaims.Limits limits) {
    this.scope = scope;
    this.lhs = lhs;
    this.rhs = rhs;
    this.limits = limits;
    this.x = new Expander(scope);
  }

  Plan plan() throws TensorException {
    var symbols = new ArrayList<Expr>();
    var fixed = new LinkedHashMap<Expr, Integer>();
    for (Expr s : scope.sizeSymbols) {
      var v = scope.whereValues.get(s);
      var k = v == null ? java.util.OptionalLong.empty() : IntEval.of(v);
      if (k.isPresent()) fixed.put(s, (int) k.getAsLong());
      else symbols.add(s);
    }
    int draws = RandomFunctions.used(scope) ? limits.draws() : 1;
    var cases = new ArrayList<SizeCase>();
    var skipped = new ArrayList<String>();
    var notes = new LinkedHashSet<String>(oneSidedIndices());
    String firstShapeError = null;
    int components = 0;
    boolean truncated = false;
    int valid = 0;
    long deadline = System.nanoTime() + PLAN_TIME.toNanos();
    int tried = 0;
    boolean outOfTime = false;
    for (int[] choice : choices(symbols.size())) {
      if (valid >= limits.maxCases() || tried >= MAX_TRIES) break;
      if (System.nanoTime() > deadline) {
        outOfTime = true;
        break;
      }
      tried++;
      var sizes = new LinkedHashMap<Expr, Integer>(fixed);
      var named = new LinkedHashMap<String, Integer>();
      for (int k = 0; k < symbols.size(); k++) {
        sizes.put(symbols.get(k), choice[k]);
        named.put(SizeNames.print(symbols.get(k)), choice[k]);
      }
      String label = label(named);
      var caseComponents = new ArrayList<List<Component>>();
      try {
        if (!sizeConditionsHold(sizes)) continue;
        for (int draw = 1; draw <= draws; draw++) {
          Env env = new Env(sizes, draw);
          caseComponents.add(components(env, named, draws > 1 ? draw : 0));
          notes.addAll(env.notes);
        }
      } catch (ShapeError e) {
        if (firstShapeError == null) firstShapeError = e.getMessage();
        skipped.add(label + ": " + e.getMessage());
        continue;
      } catch (SizeDoesNotFit e) {
        skipped.add(label + ": " + e.getMessage());
        continue;
      }
      int count = caseComponents.stream().mapToInt(List::size).sum();
      if (components + count > limits.maxComponents() && !cases.isEmpty()) {
        truncated = true;
        break;
      }
      components += count;
      valid++;
      for (int draw = 0; draw < caseComponents.size(); draw++) {
        cases.add(new SizeCase(named, draws > 1 ? draw + 1 : 0, caseComponents.get(draw)));
      }
    }
    if (cases.isEmpty()) {
      if (outOfTime) throw new NotSupported("timeout while writing the claim out at its sizes");
      if (firstShapeError != null) throw new ShapeError(firstShapeError);
      throw new NotSupported(skipped.isEmpty() ? "no size satisfies the claim's conditions"
          : "the claim cannot be formed at any size tried (" + skipped.get(0) + ")");
    }
    var sizeNames = new ArrayList<String>();
    for (Expr s : symbols) sizeNames.add(SizeNames.print(s));
    if (outOfTime) notes.add("larger sizes not written out: the time limit for writing out was reached");
    return new Plan.Cases(cases, summarize(skipped), new ArrayList<>(notes), sizeNames, draws > 1 ? draws : 0,
        truncated);
  }

  /**
   * A free index written on one side only ({@code \\sum_i x_i = \\sum_i x_k}) is often a slip; the claim is still
   * read for every value of it, and the verdict says so.
   */
  private List<String> oneSidedIndices() {
    var out = new ArrayList<String>();
    for (Var v : scope.freeIndices) {
      boolean left = derivcheck.expr.Exprs.any(lhs, e -> e.equals(v));
      boolean right = derivcheck.expr.Exprs.any(rhs, e -> e.equals(v));
      if (left != right) {
        out.add("the index " + v.name() + " appears only on the " + (left ? "left" : "right")
            + " side; the claim is read for every " + v.name());
      }
    }
    return out;
  }

  /** At most three skipped sizes are named; the rest are counted. */
  private static List<String> summarize(List<String> skipped) {
    if (skipped.size() <= 3) return skipped;
    var out = new ArrayList<>(skipped.subList(0, 3));
    out.add("and " + (skipped.size() - 3) + " more size choices");
    return out;
  }

  private static String label(Map<String, Integer> named) {
    var parts = new ArrayList<String>();
    named.forEach((k, v) -> parts.add(k + " = " + v));
    return parts.isEmpty() ? "(no sizes)" : String.join(", ", parts);
  }

  /** Size choices: each of 1..max alone; for several symbols the equal choices alternate with mixed ones. */
  private List<int[]> choices(int count) {
    int max = limits.maxSize();
    var out = new ArrayList<int[]>();
    if (count == 0) {
      out.add(new int[0]);
      return out;
    }
    for (int v = 1; v <= max; v++) {
      int[] c = new int[count];
      java.util.Arrays.fill(c, v);
      out.add(c);
    }
    if (count == 1) return out;
    var mixed = new ArrayList<int[]>();
    int total = (int) Math.min(Math.pow(max, count), 200_000);
    for (int code = 0; code < total; code++) {
      int[] c = new int[count];
      int rest = code;
      boolean equal = true;
      for (int k = 0; k < count; k++) {
        c[k] = rest % max + 1;
        rest /= max;
        if (c[k] != c[0]) equal = false;
      }
      if (!equal) mixed.add(c);
    }
    java.util.Collections.shuffle(mixed, new Random(20261122L));
    mixed.sort(Comparator.comparingInt(c -> java.util.Arrays.stream(c).max().orElse(0) / 3));
    // alternate equal and mixed choices, so that both kinds, and larger sizes, are covered under the cap
    var interleaved = new ArrayList<int[]>();
    int m = 0;
    for (int v = 0; v < out.size(); v++) {
      interleaved.add(out.get(v));
      if (m < mixed.size()) interleaved.add(mixed.get(m++));
    }
    while (m < mixed.size()) interleaved.add(mixed.get(m++));
    return interleaved;
  }

  private boolean sizeConditionsHold(Map<Expr, Integer> sizes) throws TensorException {
    Env env = new Env(sizes, 1);
    for (Chain c : scope.sizeConditions) {
      for (int r = 0; r < c.relations().size(); r++) {
        long a = x.integer(c.terms().get(r), env, "a size condition");
        long b = x.integer(c.terms().get(r + 1), env, "a size condition");
        if (!holds(c.relations().get(r), a, b)) return false;
      }
    }
    return true;
  }

  private static boolean holds(Relation r, long a, long b) {
    switch (r) {
      case EQ: return a == b;
      case NE: return a != b;
      case LT: return a < b;
      case LE: return a <= b;
      case GT: return a > b;
      case GE: return a >= b;
      default: return true;
    }
  }

  /** Every component at one size: free indices over their ranges, then every entry of the two sides. */
  private List<Component> components(Env env, Map<String, Integer> sizes, int draw) throws TensorException {
    var indices = new ArrayList<>(scope.freeIndices);
    indices.removeIf(v -> env.sizes.containsKey(v) || scope.whereValues.containsKey(v));
    var ranges = new ArrayList<long[]>();
    for (Var i : indices) ranges.add(range(i, env));
    var out = new ArrayList<Component>();
    int[] at = new int[indices.size()];
    for (int k = 0; k < indices.size(); k++) at[k] = (int) ranges.get(k)[0];
    while (true) {
      var where = new LinkedHashMap<String, Integer>(sizes);
      if (draw > 0) where.put("draw", draw);
      var bind = new LinkedHashMap<Var, Integer>();
      for (int k = 0; k < indices.size(); k++) {
        bind.put(indices.get(k), at[k]);
        where.put(indices.get(k).name(), at[k]);
      }
      boolean empty = false;
      for (long[] r : ranges) empty |= r[1] < r[0];
      if (!empty) entries(env.withIndices(bind), where, out);
      if (out.size() > limits.maxComponents()) throw new NotSupported("too many components to check at " + sizes);
      int k = indices.size() - 1;
      while (k >= 0 && at[k] >= ranges.get(k)[1]) {
        at[k] = (int) ranges.get(k)[0];
        k--;
      }
      if (k < 0 || empty) break;
      at[k]++;
    }
    return out;
  }

  private long[] range(Var i, Env env) throws TensorException {
    var declared = scope.decl.ranges.get(i);
    if (declared != null) {
      return new long[] {x.integer(declared.lo(), env, "the range of " + i.name()),
          x.integer(declared.hi(), env, "the range of " + i.name())};
    }
    long best = Long.MAX_VALUE;
    for (Expr side : TensorClaims.list(lhs, rhs)) {
      var len = IndexRanges.lengthFromUse(side, i, env, x);
      if (len.isPresent()) best = Math.min(best, len.getAsLong());
    }
    for (Chain c : scope.scalarConditions) {
      for (Expr t : c.terms()) {
        var len = IndexRanges.lengthFromUse(t, i, env, x);
        if (len.isPresent()) best = Math.min(best, len.getAsLong());
      }
    }
    if (best == Long.MAX_VALUE) {
      throw new NotSupported("the free index " + i.name() + " has no range (declare it, e.g. " + i.name()
          + " \\in \\{1, \\dots, n\\})");
    }
    return new long[] {scope.base, scope.base + best - 1};
  }

  private void entries(Env env, Map<String, Integer> where, List<Component> out) throws TensorException {
    Tensor l = x.expand(lhs, env);
    Tensor r = x.expand(rhs, env);
    if (l.isFill() && !r.isFill()) l = l.sizedLike(r);
    if (r.isFill() && !l.isFill()) r = r.sizedLike(l);
    if (l.isFill() && r.isFill()) {
      l = Tensor.scalar(l.fillValue());
      r = Tensor.scalar(r.fillValue());
    }
    if (l.kind() != r.kind() || l.rows() != r.rows() || l.cols() != r.cols()) {
      throw new ShapeError("the left side is " + l.describe() + " but the right side is " + r.describe());
    }
    var solved = new LinkedHashMap<Expr, Expr>();
    List<Chain> conditions = conditions(env, solved);
    if (!solved.isEmpty()) {
      l = l.withEntries(substitute(l.entries(), solved));
      r = r.withEntries(substitute(r.entries(), solved));
      var put = new ArrayList<Chain>();
      for (Chain c : conditions) put.add(new Chain(substitute(c.terms(), solved), c.relations(), List.of(), ""));
      conditions = put;
    }
    var memo = new java.util.IdentityHashMap<Expr, Long>();
    for (int p = 0; p < l.entries().size(); p++) {
      if (unfoldedSize(l.entries().get(p), memo) + unfoldedSize(r.entries().get(p), memo) > MAX_ENTRY_SIZE) {
        throw new SizeDoesNotFit("the entries are too large to check at this size");
      }
    }
    for (int p = 0; p < l.entries().size(); p++) {
      var at = new LinkedHashMap<String, Integer>(where);
      if (l.kind() == Tensor.Kind.MATRIX) {
        at.put("row", p / l.cols() + scope.base);
        at.put("column", p % l.cols() + scope.base);
      } else if (!l.isScalar()) {
        at.put("entry", p + scope.base);
      }
      out.add(new Component(at, l.entries().get(p), r.entries().get(p), conditions));
    }
  }

  /**
   * Entries share subtrees in memory (a Jacobian at g(f(x)) holds f(x) many times), but every check walks them as
   * trees; beyond this many nodes written out, a size is skipped rather than checked slowly.
   */
  static final long MAX_ENTRY_SIZE = 20_000;

  private static long unfoldedSize(Expr e, java.util.IdentityHashMap<Expr, Long> memo) {
    Long known = memo.get(e);
    if (known != null) return known;
    long n = 1;
    for (Expr c : e.children()) n = Math.min(Long.MAX_VALUE / 2, n + unfoldedSize(c, memo));
    memo.put(e, n);
    return n;
  }

  private static List<Expr> substitute(List<Expr> es, Map<Expr, Expr> solved) {
    var out = new ArrayList<Expr>();
    for (Expr e : es) out.add(derivcheck.lib.Substitution.apply(e, solved));
    return out;
  }

  /**
   * The scalar conditions at this size; a condition with its own free index holds for each of its values. An
   * equation between vectors or matrices ({@code MS = SM}) is solved instead, into {@code solved}.
   */
  private List<Chain> conditions(Env env, Map<Expr, Expr> solved) throws TensorException {
    var out = new ArrayList<Chain>();
    for (Chain c : scope.scalarConditions) {
      if (c.terms().size() == 2 && c.relations().get(0) == Relation.EQ) {
        Tensor a = x.expand(c.terms().get(0), env);
        Tensor b = x.expand(c.terms().get(1), env);
        if (!a.isScalar() || !b.isScalar()) {
          if (a.isFill()) a = a.sizedLike(b);
          if (b.isFill()) b = b.sizedLike(a);
          if (a.kind() != b.kind() || a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new ShapeError("the condition compares " + a.describe() + " with " + b.describe());
          }
          solved.putAll(LinearSystem.solve(a.entries(), b.entries()));
          continue;
        }
      }
      var own = new LinkedHashSet<Var>();
      for (Expr t : c.terms()) collectFree(t, new HashSet<>(), env, own);
      var vars = new ArrayList<>(own);
      var ranges = new ArrayList<long[]>();
      for (Var v : vars) {
        long best = Long.MAX_VALUE;
        for (Expr t : c.terms()) {
          var len = IndexRanges.lengthFromUse(t, v, env, x);
          if (len.isPresent()) best = Math.min(best, len.getAsLong());
        }
        if (best == Long.MAX_VALUE) throw new NotSupported("the index " + v.name() + " of a condition has no range");
        ranges.add(new long[] {scope.base, scope.base + best - 1});
      }
      expandCondition(c, vars, ranges, 0, env, out);
    }
    return out;
  }

  private void expandCondition(Chain c, List<Var> vars, List<long[]> ranges, int k, Env env, List<Chain> out)
      throws TensorException {
    if (k == vars.size()) {
      var terms = new ArrayList<Expr>();
      for (Expr t : c.terms()) {
        Tensor v = x.expand(t, env);
        if (!v.isScalar()) {
          throw new NotSupported("a condition on " + v.describe() + ": write it for each entry (x_i > 0)");
        }
        terms.add(v.value());
      }
      out.add(new Chain(terms, c.relations(), List.of(), ""));
      return;
    }
    for (long v = ranges.get(k)[0]; v <= ranges.get(k)[1]; v++) {
      expandCondition(c, vars, ranges, k + 1, env.withIndex(vars.get(k), (int) v), out);
    }
  }

  private void collectFree(Expr e, Set<Var> bound, Env env, Set<Var> out) {
    if (e instanceof BigOp b) {
      var inner = new HashSet<>(bound);
      inner.add(b.index());
      collectFree(b.body(), inner, env, out);
      return;
    }
    if (e instanceof Indexed ix && (!(ix.base() instanceof Var v) || scope.tensorFor(v.name()).isPresent())) {
      for (Expr i : ix.indices()) {
        if (i instanceof Var v && !bound.contains(v) && !env.indices.containsKey(v) && !env.sizes.containsKey(v)) {
          out.add(v);
        }
      }
    }
    for (Expr c : e.children()) collectFree(c, bound, env, out);
  }

  static Num num(long v) {
    return Num.of(v);
  }
}
