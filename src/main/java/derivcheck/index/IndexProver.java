package derivcheck.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proves an {@link IndexClaim} for every size by index algebra: both sides are read into the normal form
 * ({@link Converter}), their difference is simplified ({@link Simplifier}: remainders, indicators, delta
 * elimination, counting), sums over full residue ranges are reindexed to a canonical form ({@link Reindexer}), and
 * the claim is proved when the difference is 0. If it is not, the proof splits on an indicator that compares free
 * indices only ({@code [i = j]}, {@code [i - j - 1 = 0 mod n]}): where it holds, one free index is replaced by its
 * solution; where it does not, the terms with that indicator are 0; both cases must come to 0.
 *
 * <p>This is a helper that proposes: the kernel accepts "proved for all sizes" only together with a sized check
 * that agrees. A failure says nothing about the claim.
 */
public final class IndexProver {
  static final int MAX_SPLITS = 3;

  private IndexProver() {}

  /** The outcome: proved (with the rules used), or not, with the reason. */
  public record Result(boolean proved, List<String> rules, String reason) {
    public Result {
      rules = List.copyOf(rules);
    }
  }

  public static Result prove(IndexClaim claim) {
    Set<String> used = new LinkedHashSet<>();
    try {
      var conv = new Converter(claim);
      Facts facts = conv.facts();
      Poly lhs = conv.poly(claim.lhs(), facts, java.util.Map.of());
      Poly rhs = conv.poly(claim.rhs(), facts, java.util.Map.of());
      var simplifier = new Simplifier(used);
      var reindexer = new Reindexer(simplifier, used);
      String left = decide(lhs.minus(rhs), facts, simplifier, reindexer, used, MAX_SPLITS);
      if (left == null) return new Result(true, new ArrayList<>(used), "");
      return new Result(false, List.of(), "the difference does not vanish: " + abbreviate(left));
    } catch (Unsupported | ArithmeticException e) {
      return new Result(false, List.of(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(false, List.of(), "internal error in the index algebra: " + e);
    }
  }

  /** Null when the difference is shown to be 0, else what is left of it. */
  private static String decide(Poly diff, Facts facts, Simplifier simplifier, Reindexer reindexer, Set<String> used,
      int splits) {
    Poly d = simplifier.simplify(diff, facts);
    if (d.isZero()) return null;
    d = simplifier.simplify(reindexer.canonical(d, facts), facts);
    if (d.isZero()) return null;
    d = simplifier.simplify(Denominators.recombine(d, used), facts);
    if (d.isZero()) return null;
    if (splits == 0) return d.key();
    for (var e : d.terms()) {
      for (var fe : e.getKey().factors()) {
        if (!(fe.getKey() instanceof Factor.Indicator ind) || fe.getValue() < 1) continue;
        var split = solveForFree(ind, e.getKey(), facts);
        if (split == null) continue;
        used.add("case split on the free indices");
        String holds = decide(d.substitute(split.var, split.value), facts, simplifier, reindexer, used, splits - 1);
        if (holds != null) return holds;
        return decide(without(d, ind.key()), facts, simplifier, reindexer, used, splits - 1);
      }
    }
    return d.key();
  }

  private record Solution(String var, Ix value) {}

  /** A free index the indicator determines, with its value where the indicator is 1; or null. */
  private static Solution solveForFree(Factor.Indicator ind, Term t, Facts facts) {
    for (String v : ind.d().variables()) {
      if (t.binders.containsKey(v)) return null;
      if (facts.range(v) == null && !facts.isSize(v)) return null;
    }
    for (var a : ind.d().terms()) {
      if (!(a.getKey() instanceof Ix.VarAtom v) || facts.range(v.name()) == null) continue;
      long s = a.getValue();
      if (Math.abs(s) != 1 || ind.d().mentionsInsideMod(v.name())) continue;
      Ix rest = ind.d().minus(Ix.var(v.name()).times(s));
      if (ind.modulus() == null) return new Solution(v.name(), rest.times(-s));
      Facts.Range r = facts.range(v.name());
      if (!r.hi().minus(r.lo()).plus(1).equals(Ix.var(ind.modulus()))) continue;
      Ix value = Ix.of(new Ix.ModAtom(rest.times(-s).minus(r.lo()), ind.modulus()), 1).plus(r.lo());
      return new Solution(v.name(), value);
    }
    return null;
  }

  /** The terms without the indicator (where it is 0). */
  private static Poly without(Poly p, String key) {
    var b = new Poly.Builder();
    for (var e : p.terms()) {
      boolean has = e.getKey().factors().stream().anyMatch(fe -> fe.getKey().key().equals(key) && fe.getValue() > 0);
      if (!has) b.add(e.getKey(), e.getValue());
    }
    return b.build();
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
