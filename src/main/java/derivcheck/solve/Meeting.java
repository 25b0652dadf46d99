package derivcheck.solve;

import derivcheck.expr.Expr;
import derivcheck.rules.Ac;
import derivcheck.rules.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins a start to a target: both are simplified by the same greedy moves, and where the two paths reach the same
 * form (up to the order of terms and factors) the start's path is followed there and the target's path is followed
 * back to the target. Of all such meeting points, the one with the fewest steps in all wins.
 */
final class Meeting {
  private Meeting() {}

  static final String REARRANGE = "rearrange";

  static Optional<List<Candidate>> join(Expr start, Expr target, List<Move> moves) {
    List<Candidate> forward = Greedy.run(start, moves);
    List<Candidate> backward = Greedy.run(target, moves);
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
          out.add(new Candidate(here, target, REARRANGE, "Reorder terms and factors.", Note.NONE));
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
