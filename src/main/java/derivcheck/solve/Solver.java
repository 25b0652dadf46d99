package derivcheck.solve;

import derivcheck.check.Kernel;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.rules.DefinitionRules.Hyperbolic;
import derivcheck.rules.Facts;
import derivcheck.rules.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Writes step-by-step solutions. The rules propose steps (derivatives first, then algebra towards the right side,
 * meeting it from both ends); every proposed step then goes through the kernel, and only accepted steps are
 * shown as valid. The solver issues no verdicts: where the kernel does not accept a step, the solution stops
 * there and says that no verified path was found.
 */
public final class Solver {
  private final Kernel kernel;

  public Solver(Kernel kernel) {
    this.kernel = kernel;
  }

  /** Id and sentence of the last-resort step between the end of the rules' path and the right side. */
  static final String ALGEBRA = "algebra";
  static final String ALGEBRA_WHY = "Simplify algebraically (a larger step; the kernel proves it with the CAS).";

  public Solution solve(Claim claim) {
    List<Candidate> proposed;
    try {
      proposed = Shortcuts.apply(propose(claim));
    } catch (RuntimeException | StackOverflowError e) {
      // A rule that cannot handle some input must not take the run down; nothing unverified is shown.
      return new Solution(claim, List.of(), Solution.Outcome.NO_PATH, null,
          "no verified path found (the rules failed on this input: " + e + ")");
    }
    return verify(claim, proposed);
  }

  /** The steps the rules propose, unchecked. */
  List<Candidate> propose(Claim claim) {
    var steps = new ArrayList<Candidate>(new DerivativePhase(claim.defs()).run(claim.lhs()));
    Expr derived = steps.isEmpty() ? claim.lhs() : steps.get(steps.size() - 1).to();
    Facts facts = Facts.of(claim.conditions());
    if (!claim.hasTarget()) {
      steps.addAll(Greedy.run(derived, AlgebraMoves.simplify(facts)));
      return steps;
    }
    Optional<List<Candidate>> best = Optional.empty();
    for (Hyperbolic form : Hyperbolic.values()) {
      var joined = Meeting.join(derived, claim.rhs(), AlgebraMoves.unfolding(facts, claim.defs(), form));
      if (joined.isPresent() && (best.isEmpty() || joined.get().size() < best.get().size())) best = joined;
    }
    if (best.isEmpty()) {
      for (Hyperbolic form : Hyperbolic.values()) {
        var joined = Meeting.search(derived, claim.rhs(), AlgebraMoves.unfolding(facts, claim.defs(), form));
        if (joined.isPresent() && (best.isEmpty() || joined.get().size() < best.get().size())) best = joined;
      }
    }
    if (best.isPresent()) {
      List<Candidate> joined = best.get();
      if (joined.size() == 1 && joined.get(0).ruleId().equals(Meeting.REARRANGE) && !steps.isEmpty()) {
        // The derivative already ends at the right side, up to order: let its last step write it as given.
        Candidate last = steps.remove(steps.size() - 1);
        steps.add(last.between(last.from(), claim.rhs()));
        return steps;
      }
      steps.addAll(joined);
      return steps;
    }
    // No meeting point: simplify as far as the rules go, then one larger step to the right side.
    var simplified = Greedy.run(derived, AlgebraMoves.simplify(facts));
    steps.addAll(simplified);
    Expr end = simplified.isEmpty() ? derived : simplified.get(simplified.size() - 1).to();
    if (!end.equals(claim.rhs())) steps.add(new Candidate(end, claim.rhs(), ALGEBRA, ALGEBRA_WHY, Note.NONE));
    return steps;
  }

  /** Checks every proposed step (in parallel); keeps the accepted prefix. */
  Solution verify(Claim claim, List<Candidate> proposed) {
    var pending = new ArrayList<CompletableFuture<Verdict>>();
    for (Candidate c : proposed) {
      pending.add(kernel.check(new Step(c.from(), Relation.EQ, c.to(), claim.conditions(), claim.defs())));
    }
    var accepted = new ArrayList<Solution.Verified>();
    for (int k = 0; k < proposed.size(); k++) {
      Verdict v = pending.get(k).join();
      var step = new Solution.Verified(proposed.get(k), v);
      if (!v.kind().holds()) {
        for (int rest = k + 1; rest < pending.size(); rest++) pending.get(rest).cancel(false);
        return new Solution(claim, accepted, Solution.Outcome.NO_PATH, step, "no verified path found from here");
      }
      accepted.add(step);
    }
    Expr end = accepted.isEmpty() ? claim.lhs() : accepted.get(accepted.size() - 1).step().to();
    if (claim.hasTarget() && !end.equals(claim.rhs())) {
      return new Solution(claim, accepted, Solution.Outcome.NO_PATH, null, "no verified path found from here");
    }
    return new Solution(claim, accepted, Solution.Outcome.SOLVED, null, "");
  }

  /** A claim the solver does not work on. */
  public static Solution unsupported(Claim claim, String why) {
    return new Solution(claim, List.of(), Solution.Outcome.UNSUPPORTED, null, why);
  }
}
