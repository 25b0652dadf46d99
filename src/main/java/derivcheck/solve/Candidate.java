package derivcheck.solve;

import derivcheck.expr.Expr;
import derivcheck.expr.Neg;
import derivcheck.rules.ExpLogRules;
import derivcheck.rules.Note;
import derivcheck.rules.Rule;

/** A proposed step {@code from = to} by one rule; not yet checked. */
public record Candidate(Expr from, Expr to, String ruleId, String justification, Note note) {
  static Candidate of(Expr from, Expr to, Rule rule, Note note) {
    return new Candidate(from, to, rule.id(), rule.justification(), note);
  }

  /** The same step read right to left (a path found from the target side, printed towards it). */
  Candidate reversed() {
    Note back = note;
    if (ruleId.equals(ExpLogRules.MULTIPLY_BY_EX.id())) {
      back = ExpLogRules.noteExponent(note).map(x -> ExpLogRules.factorNote(new Neg(x))).orElse(note);
    }
    return new Candidate(to, from, ruleId, justification, back);
  }

  /** The same rule and note between other ends (used where two paths meet). */
  Candidate between(Expr newFrom, Expr newTo) {
    return new Candidate(newFrom, newTo, ruleId, justification, note);
  }
}
