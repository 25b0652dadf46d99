package derivcheck.solve;

import derivcheck.expr.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Runs moves greedily: at each step the first move (in priority order) that applies is taken, until none applies,
 * a form repeats, or the step limit is reached. Returns the steps taken; the path it describes starts at
 * {@code start}.
 */
final class Greedy {
  static final int MAX_STEPS = 40;

  private Greedy() {}

  static List<Candidate> run(Expr start, List<Move> moves) {
    var out = new ArrayList<Candidate>();
    var seen = new HashSet<Expr>();
    Expr cur = start;
    seen.add(cur);
    while (out.size() < MAX_STEPS) {
      Optional<Candidate> step = Optional.empty();
      for (Move m : moves) {
        step = m.next(cur);
        if (step.isPresent()) break;
      }
      if (step.isEmpty()) break;
      if (!seen.add(step.get().to())) break;
      out.add(step.get());
      cur = step.get().to();
    }
    return out;
  }

  /** The expressions of a path: its start, then the end of each step. */
  static List<Expr> forms(Expr start, List<Candidate> steps) {
    var out = new ArrayList<Expr>();
    out.add(start);
    for (Candidate c : steps) out.add(c.to());
    return out;
  }
}
