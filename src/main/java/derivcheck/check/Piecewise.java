package derivcheck.check;

import derivcheck.expr.Cases;
import derivcheck.expr.Chain;
import derivcheck.expr.Compare;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.expr.Text;
import derivcheck.lib.Variables;
import derivcheck.render.LatexPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A step with a piecewise side, {@code \partial L / \partial z = \begin{cases} -(1-f) & y = 1 \\ f & y = 0
 * \end{cases}}: one claim per case, the other side against that case's value under that case's condition, on top of
 * the step's own conditions. The step holds when every case holds and fails when one case fails. An
 * {@code otherwise} case holds where no other condition does: the negation of one inequality ({@code x > 0} gives
 * {@code x \le 0}). Where that cannot be written as conditions derivcheck samples under (after {@code y = 1}, which
 * values of y are left?), the case is not checked and the step cannot be proved.
 */
final class Piecewise {
  private Piecewise() {}

  /** One case as a step of its own; {@code step} is null when it cannot be formed, {@code why} then says why. */
  record Branch(String label, Step step, String why) {}

  /** The cases of a step whose one side is a piecewise expression, or empty when neither side is one. */
  static Optional<List<Branch>> split(Step s) {
    boolean left = s.lhs() instanceof Cases;
    boolean right = s.rhs() instanceof Cases;
    if (left == right) return Optional.empty(); // none, or both (whose cases need not line up): unsupported as before
    Cases cases = (Cases) (left ? s.lhs() : s.rhs());
    Expr other = left ? s.rhs() : s.lhs();
    var out = new ArrayList<Branch>();
    for (int k = 0; k < cases.values().size(); k++) {
      Expr value = cases.values().get(k);
      Expr condition = cases.conditions().get(k);
      Step branchStep = null;
      String why = null;
      String label;
      var conditions = new ArrayList<Chain>(s.conditions());
      if (isOtherwise(condition)) {
        label = "otherwise";
        Optional<List<Chain>> rest = otherwise(cases, k);
        if (rest.isPresent()) {
          conditions.addAll(rest.get());
        } else {
          why = "the case 'otherwise' holds where no other case does, which derivcheck cannot write as conditions"
              + " here; write its condition";
        }
      } else if (condition instanceof Compare c && !settable(c)) {
        label = LatexPrinter.print(c);
        why = "derivcheck can only fix a name to a constant in a case (y = 1), not " + label;
      } else if (condition instanceof Compare c) {
        label = LatexPrinter.print(c);
        conditions.add(new Chain(c.terms(), c.relations(), List.of(), ""));
      } else {
        label = LatexPrinter.print(condition);
        why = "derivcheck cannot check a case under the condition " + label + " yet";
      }
      if (why == null) {
        branchStep = left ? new Step(value, s.relation(), other, conditions, s.defs())
            : new Step(other, s.relation(), value, conditions, s.defs());
      }
      out.add(new Branch(label, branchStep, why));
    }
    return Optional.of(out);
  }

  /**
   * Whether the sampler can honour the condition: inequalities filter the points, and an equality must fix a name or
   * a numbered entry to a constant ({@code y = 1}); {@code y_i = 1} for a symbolic i would be silently ignored.
   */
  private static boolean settable(Compare c) {
    if (!c.relations().contains(Relation.EQ)) return true;
    if (c.relations().size() != 1) return false;
    Expr name = c.terms().get(0);
    boolean isName = name instanceof derivcheck.expr.Var || Variables.isScalarEntry(name);
    return isName && Variables.free(c.terms().get(1)).isEmpty();
  }

  private static boolean isOtherwise(Expr condition) {
    if (!(condition instanceof Text t)) return false;
    String w = t.text().trim().toLowerCase(Locale.ROOT).replaceAll("[.,;:]", "").trim();
    return w.equals("otherwise") || w.equals("else") || w.equals("if otherwise") || w.equals("elsewhere");
  }

  /**
   * The conditions of an {@code otherwise} case: every other condition must be one inequality, negated. An equality
   * ({@code y = 1}) is not negated: its other cases are often the other values of a label, not all of them.
   */
  private static Optional<List<Chain>> otherwise(Cases cases, int self) {
    var out = new ArrayList<Chain>();
    for (int k = 0; k < cases.conditions().size(); k++) {
      if (k == self) continue;
      if (!(cases.conditions().get(k) instanceof Compare c) || c.relations().size() != 1) return Optional.empty();
      Relation negated = negation(c.relations().get(0));
      if (negated == null) return Optional.empty();
      out.add(new Chain(c.terms(), List.of(negated), List.of(), ""));
    }
    return Optional.of(out);
  }

  private static Relation negation(Relation r) {
    switch (r) {
      case LT: return Relation.GE;
      case LE: return Relation.GT;
      case GT: return Relation.LE;
      case GE: return Relation.LT;
      default: return null;
    }
  }

  /**
   * The step's verdict from its cases' verdicts (null where a case could not be formed): refuted when one case is,
   * proved when every case is, confirmed when every case holds, else unknown naming the case.
   */
  static Verdict combine(List<Branch> branches, List<Verdict> verdicts) {
    for (int k = 0; k < branches.size(); k++) {
      Verdict v = verdicts.get(k);
      if (v != null && v.kind() == Verdict.Kind.REFUTED) {
        return Verdict.refuted("in the case " + branches.get(k).label() + ": " + v.detail(),
            v.counterexample().orElse(null));
      }
    }
    for (int k = 0; k < branches.size(); k++) {
      Verdict v = verdicts.get(k);
      if (v == null) return Verdict.unknown("in the case " + branches.get(k).label() + ": " + branches.get(k).why(), null);
      if (v.kind() == Verdict.Kind.ERROR) return Verdict.error("in the case " + branches.get(k).label() + ": " + v.detail());
      if (v.kind() == Verdict.Kind.UNKNOWN) {
        return Verdict.unknown("in the case " + branches.get(k).label() + ": " + v.detail(), v.evidence().orElse(null));
      }
    }
    boolean allProved = verdicts.stream().allMatch(v -> v.kind() == Verdict.Kind.PROVED);
    var parts = new ArrayList<String>();
    for (int k = 0; k < branches.size(); k++) parts.add(branches.get(k).label() + ": " + verdicts.get(k).detail());
    String detail = "each case " + (allProved ? "proved" : "holds") + " (" + String.join("; ", parts) + ")";
    NumericEvidence first = verdicts.get(0).evidence().orElse(null);
    return allProved ? Verdict.proved(detail, first) : Verdict.confirmed(detail, first);
  }
}
