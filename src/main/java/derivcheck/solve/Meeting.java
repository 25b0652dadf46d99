package derivcheck.solve;

import derivcheck.expr.Expr;
import derivcheck.rules.Ac;
import derivcheck.rules.AlgebraRules;
import derivcheck.rules.ExpLogRules;
import derivcheck.rules.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins a start to a target: both are simplified by the same greedy moves, and where the two paths reach the same
 * form (up to the order of terms and factors, and exponents multiplied out) the start's path is followed there and
 * the target's path is followed back to the target. Of all meeting points, the one with the fewest steps wins.
 *
 * <p>When the greedy paths do not meet, each end may first take one search move (divide a fraction through by one
 * of the exponentials of its denominator, split the log of a quotient) and be simplified again.
 */
final class Meeting {
  private Meeting() {}

  static final String REARRANGE = "rearrange";

  /** The shortest join found with the greedy paths alone. */
  static Optional<List<Candidate>> join(Expr start, Expr target, List<Move> moves) {
    return best(List.of(Greedy.run(start, moves)), start, List.of(Greedy.run(target, moves)), target);
  }

  /** The shortest join, allowing one search move at the end of either greedy path. */
  static Optional<List<Candidate>> search(Expr start, Expr target, List<Move> moves) {
    return best(branches(start, moves), start, branches(target, moves), target);
  }

  /** The greedy path, and the greedy path followed by each search move and a greedy path again. */
  private static List<List<Candidate>> branches(Expr start, List<Move> moves) {
    var out = new ArrayList<List<Candidate>>();
    List<Candidate> greedy = Greedy.run(start, moves);
    out.add(greedy);
    List<Expr> forms = Greedy.forms(start, greedy);
    for (int at = forms.size() - 1; at >= 0 && at >= forms.size() - 2; at--) {
      Expr from = forms.get(at);
      for (Move m : searchMoves(from)) {
        var step = m.next(from);
        if (step.isEmpty()) continue;
        var path = new ArrayList<>(greedy.subList(0, at));
        path.add(step.get());
        path.addAll(Greedy.run(step.get().to(), moves));
        out.add(path);
      }
    }
    return out;
  }

  private static List<Move> searchMoves(Expr e) {
    var out = new ArrayList<Move>();
    for (Expr a : ExpLogRules.denominatorExponents(e)) out.add(Move.everywhere(ExpLogRules.divideByExp(a)));
    out.add(Move.everywhere(ExpLogRules.LOG_OF_QUOTIENT));
    out.add(Move.everywhere(derivcheck.rules.AlgebraRules.DISTRIBUTE));
    out.add(Move.everywhere(derivcheck.rules.FractionRules.SPLIT_FRACTION));
    return out;
  }

  private static Optional<List<Candidate>> best(List<List<Candidate>> forwards, Expr start,
      List<List<Candidate>> backwards, Expr target) {
    List<Candidate> best = null;
    for (var forward : forwards) {
      for (var backward : backwards) {
        var joined = meet(start, forward, target, backward);
        if (joined.isPresent() && (best == null || joined.get().size() < best.size())) best = joined.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<List<Candidate>> meet(Expr start, List<Candidate> forward, Expr target,
      List<Candidate> backward) {
    List<Expr> fs = Greedy.forms(start, forward);
    List<Expr> ts = Greedy.forms(target, backward);
    Map<String, Integer> targetIndex = new HashMap<>();
    for (int j = 0; j < ts.size(); j++) targetIndex.putIfAbsent(Ac.key(ts.get(j)), j);
    int bestI = -1;
    int bestJ = -1;
    for (int i = 0; i < fs.size(); i++) {
      Integer j = targetIndex.get(Ac.key(fs.get(i)));
      if (j != null && (bestI < 0 || i + j < bestI + bestJ)) {
        bestI = i;
        bestJ = j;
      }
    }
    if (bestI < 0) return Optional.empty();
    return Optional.of(path(fs, forward, ts, backward, bestI, bestJ, target));
  }

  private static List<Candidate> path(List<Expr> fs, List<Candidate> forward, List<Expr> ts,
      List<Candidate> backward, int i, int j, Expr target) {
    var out = new ArrayList<Candidate>(forward.subList(0, i));
    Expr here = fs.get(i);
    if (j == 0) {
      if (!here.equals(target)) {
        if (out.isEmpty()) {
          boolean numbers = Move.everywhere(AlgebraRules.ARITHMETIC).next(here).isPresent();
          out.add(numbers
              ? new Candidate(here, target, AlgebraRules.ARITHMETIC.id(), AlgebraRules.ARITHMETIC.justification(),
                  Note.NONE)
              : new Candidate(here, target, REARRANGE, "Reorder terms and factors.", Note.NONE));
        } else {
          Candidate last = out.remove(out.size() - 1);
          out.add(last.between(last.from(), target));
        }
      }
      return out;
    }
    for (int k = j - 1; k >= 0; k--) {
      Candidate back = backward.get(k).reversed();
      out.add(k == j - 1 ? back.between(here, back.to()) : back);
    }
    return out;
  }
}
