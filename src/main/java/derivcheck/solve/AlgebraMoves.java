package derivcheck.solve;

import derivcheck.lib.Definitions;
import derivcheck.rules.AlgebraRules;
import derivcheck.rules.DefinitionRules;
import derivcheck.rules.DefinitionRules.Hyperbolic;
import derivcheck.rules.ExpLogRules;
import derivcheck.rules.Facts;
import derivcheck.rules.FractionRules;
import derivcheck.rules.IdentityRules;
import derivcheck.rules.Rule;
import derivcheck.rules.SignRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The algebraic rules in the order the greedy simplifier tries them: tidy numbers and like terms first, then
 * exponential, log and sign facts, then fractions (inside out), then multiplying out; clearing negative exponents
 * and, last of all, substituting definitions, which makes expressions bigger.
 */
final class AlgebraMoves {
  private AlgebraMoves() {}

  static List<Move> simplify(Facts facts) {
    var out = new ArrayList<Move>();
    out.add(Move.everywhere(AlgebraRules.ARITHMETIC));
    out.add(Move.everywhere(AlgebraRules.COLLECT));
    out.add(Move.everywhere(FractionRules.CANCEL));
    out.add(Move.everywhere(ExpLogRules.EXP_PRODUCT));
    out.add(Move.everywhere(ExpLogRules.LOG_EXP));
    out.add(Move.everywhere(ExpLogRules.EXP_LOG));
    out.add(Move.everywhere(ExpLogRules.LOG_RECIPROCAL));
    out.add(Move.everywhere(IdentityRules.HYPERBOLIC));
    out.add(Move.everywhere(IdentityRules.PYTHAGOREAN));
    out.add(Move.everywhere(SignRules.ABS_NEG));
    out.add(Move.everywhere(SignRules.X_SIGN_X));
    for (Rule r : SignRules.withFacts(facts)) out.add(Move.everywhere(r));
    out.add(Move.everywhere(FractionRules.COMPOUND_FRACTION));
    out.add(Move.everywhere(FractionRules.POWER_OF_FRACTION));
    out.add(Move.everywhere(FractionRules.MULTIPLY_FRACTIONS));
    out.add(Move.innermost(FractionRules.COMBINE_FRACTIONS));
    out.add(Move.everywhere(AlgebraRules.PRODUCT_TO_POWER));
    out.add(Move.everywhere(AlgebraRules.EXPAND));
    out.add(Move.everywhere(ExpLogRules.LOG_QUOTIENT));
    out.add(Move.innermost(ExpLogRules.MULTIPLY_BY_EX));
    return out;
  }

  /**
   * Only the rules that make an expression smaller or tidier (no common denominators, no multiplying out): for
   * results that should keep the shape the chain rule gave them, such as the entries of a Jacobian.
   */
  static List<Move> light() {
    return List.of(
        Move.everywhere(AlgebraRules.ARITHMETIC),
        Move.everywhere(AlgebraRules.COLLECT),
        Move.everywhere(FractionRules.CANCEL),
        Move.everywhere(ExpLogRules.EXP_PRODUCT),
        Move.everywhere(FractionRules.MULTIPLY_FRACTIONS),
        Move.everywhere(AlgebraRules.PRODUCT_TO_POWER));
  }

  /** {@link #simplify}, and when nothing else applies, substitute the definition of the first defined function. */
  static List<Move> unfolding(Facts facts, Definitions defs, Hyperbolic form) {
    var out = new ArrayList<>(simplify(facts));
    out.add(Move.chosen(e -> DefinitionRules.firstUnfoldable(e, defs, form)
        .map(fn -> (Rule) DefinitionRules.unfold(fn, defs, form))));
    return out;
  }
}
