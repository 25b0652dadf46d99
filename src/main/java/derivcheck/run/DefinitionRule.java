package derivcheck.run;

import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.lib.Lowering;
import derivcheck.lib.Variables;
import java.util.HashSet;

/**
 * Whether a formula of a document defines a name, names something, states a condition, or claims something. The
 * first relation of a chain {@code head = body ...} is looked at:
 * <ol>
 *   <li>{@code head := body} always defines (a head that is not a name or {@code f(x)} cannot be used: unknown).</li>
 *   <li>{@code f(x, y) = body}, {@code f} a function of plain, distinct variables: defines {@code f} (and the bare
 *       name {@code f} as {@code body}, since people write {@code \partial L/\partial z} after {@code L(z) = ...}),
 *       unless {@code f} already has a meaning and no definition cue precedes; then it is a claim.</li>
 *   <li>{@code name = constant} ({@code y = 1}, {@code n = 32}): a definition after a cue; otherwise a condition
 *       and skipped; a claim when the name already has a value.</li>
 *   <li>{@code u' = body} where {@code u} has a value ({@code u = e^x - e^{-x}}): a claim about its derivative.</li>
 *   <li>{@code name = body} with {@code name} not in {@code body}: defines the name when it has no meaning yet (or
 *       after a cue); a claim when it has a meaning. A subscripted name that cannot be defined ({@code n_{out}})
 *       only names the body: that first relation is not checked.</li>
 *   <li>Anything else is a claim.</li>
 * </ol>
 * Whatever follows the first relation ({@code f(x) = x^2 = x \cdot x}) is checked under the new definitions.
 */
final class DefinitionRule {
  enum Kind { CLAIM, DEFINE, NAME_ONLY, CONDITION, UNUSABLE }

  /**
   * What the formula is; {@code chain} is the reading to check from (the whole chain for a claim, the chain after
   * the first relation otherwise, or null if nothing follows it); {@code defs} the definitions in force after it.
   */
  record Decision(Kind kind, Chain chain, Definitions defs, String problem) {}

  private DefinitionRule() {}

  /**
   * {@code claim} is the formula read as a claim, {@code definition} read with {@code parseDefinition} (or null if
   * that failed); {@code cue} whether a definition cue precedes it.
   */
  static Decision decide(Chain claim, Chain definition, boolean cue, Definitions defs) {
    return decide(claim, definition, cue, false, defs);
  }

  /**
   * As above; {@code recall} says the cue nearest the formula recalls a fact ("Recall $\sigma(x) = ...$"): an
   * {@code =} whose left side already has a meaning is then a claim about that meaning, which stays in force.
   */
  static Decision decide(Chain claim, Chain definition, boolean cue, boolean recall, Definitions defs) {
    Relation first = claim.relations().get(0);
    if (first != Relation.EQ && first != Relation.DEFINES) return new Decision(Kind.CLAIM, claim, defs, null);
    boolean defines = first == Relation.DEFINES;
    if (recall && !defines && hasMeaning(definition != null ? definition.terms().get(0) : claim.terms().get(0), defs)) {
      return new Decision(Kind.CLAIM, claim, defs, null);
    }
    if (definition != null && isFunctionHead(definition.terms().get(0))) {
      Call head = (Call) definition.terms().get(0);
      if (defines || cue || !Lowering.isKnownFunction(head.fn(), defs)) return define(definition, defs, true);
      return new Decision(Kind.CLAIM, claim, defs, null);
    }
    Expr head = claim.terms().get(0);
    Expr body = claim.terms().get(1);
    if (cue && isComponentHead(head, defs)) {
      if (isComponentDefinition(head)) return define(claim, defs, false); // S(\mathbf{x})_i = ...: by components
      return new Decision(Kind.UNUSABLE, claim.relations().size() > 1 ? ChainSteps.rest(claim) : null, defs,
          "a definition derivcheck cannot use: write one component of a function of one vector as f(\\mathbf{x})_i");
    }
    if (!isName(head) || Variables.free(body).contains(head)) {
      return defines ? unusable(claim, defs) : new Decision(Kind.CLAIM, claim, defs, null);
    }
    boolean registrable = head instanceof Var || Variables.isScalarEntry(head);
    boolean meaning = defs.value(head).isPresent();
    if (defines) return registrable ? define(claim, defs, false) : unusable(claim, defs);
    // u' = e^x + e^{-x} after u = e^x - e^{-x}: a derivative of a defined quantity, so a claim even after "where"
    if (!meaning && Lowering.isPrimedValue(head, defs)) return new Decision(Kind.CLAIM, claim, defs, null);
    if (Variables.free(body).isEmpty()) {
      if (meaning) return new Decision(Kind.CLAIM, claim, defs, null);
      if (cue && registrable) return define(claim, defs, false);
      return claim.relations().size() == 1 ? new Decision(Kind.CONDITION, null, defs, null)
          : new Decision(Kind.NAME_ONLY, ChainSteps.rest(claim), defs, null);
    }
    if (meaning && !cue) return new Decision(Kind.CLAIM, claim, defs, null);
    if (registrable) return define(claim, defs, false);
    return new Decision(Kind.NAME_ONLY, ChainSteps.rest(claim), defs, null);
  }

  /** A chain of names and numbers only ({@code i \neq j}, {@code x > 0}, {@code K \ge 2}): a condition. */
  static boolean isCondition(Chain c) {
    for (Expr t : c.terms()) {
      Expr e = t instanceof derivcheck.expr.Neg n ? n.arg() : t;
      if (!(e instanceof Num || isName(e) || e instanceof derivcheck.expr.Const)) return false;
    }
    return true;
  }

  private static Decision define(Chain c, Definitions defs, boolean function) {
    Chain def = new Chain(c.terms().subList(0, 2), c.relations().subList(0, 1), c.conditions(), c.note());
    Definitions after;
    try {
      after = DefinitionReader.add(defs, def);
    } catch (IllegalArgumentException e) {
      return new Decision(Kind.UNUSABLE, c.relations().size() > 1 ? ChainSteps.rest(c) : null, defs,
          "a definition derivcheck cannot use: " + e.getMessage());
    }
    if (function) {
      Call head = (Call) c.terms().get(0);
      Var bare = new Var(head.fn());
      if (defs.value(bare).isEmpty() && !Variables.free(c.terms().get(1)).contains(bare)) {
        after = after.withValue(bare, c.terms().get(1));
      }
    }
    Chain rest = c.relations().size() > 1 ? ChainSteps.rest(c) : null;
    return new Decision(Kind.DEFINE, rest, after, null);
  }

  private static Decision unusable(Chain c, Definitions defs) {
    return new Decision(Kind.UNUSABLE, c.relations().size() > 1 ? ChainSteps.rest(c) : null, defs,
        "a definition derivcheck cannot use: the left side must be a name or name(x, ...)");
  }

  /**
   * Whether the left side of a definition already means something: a function (builtin, vector builtin such as the
   * softmax S, or defined), a component of one, or a name with a value.
   */
  static boolean hasMeaning(Expr head, Definitions defs) {
    Expr h = head instanceof Indexed i && i.base() instanceof Call ? i.base() : head;
    if (h instanceof Call c) {
      return Lowering.isKnownFunction(c.fn(), defs) || derivcheck.tensor.VectorBuiltins.isBuiltin(c.fn())
          || IndexNotation.component(defs, c.fn()).isPresent();
    }
    return isName(h) && defs.value(h).isPresent();
  }

  /** {@code S(\mathbf{x})_i}: a component of a function that has no meaning yet. */
  private static boolean isComponentHead(Expr e, Definitions defs) {
    return e instanceof Indexed i && isFunctionHead(i.base())
        && !Lowering.isKnownFunction(((Call) i.base()).fn(), defs);
  }

  /** {@code f(\mathbf{x})_i}: one entry, by an index variable, of a function of one vector. */
  static boolean isComponentDefinition(Expr e) {
    return e instanceof Indexed i && isFunctionHead(i.base()) && ((Call) i.base()).args().size() == 1
        && i.indices().size() == 1 && i.indices().get(0) instanceof Var;
  }

  /** {@code f(x, y)}: a call without primes on distinct plain variables. */
  static boolean isFunctionHead(Expr e) {
    if (!(e instanceof Call c) || c.primes() != 0 || c.args().isEmpty()) return false;
    var seen = new HashSet<Expr>();
    for (Expr a : c.args()) if (!(a instanceof Var) || !seen.add(a)) return false;
    return true;
  }

  /**
   * A variable, or a variable with subscripts that are variables or numbers ({@code x_1}, {@code n_{out}}), or an
   * increment {@code \Delta w}.
   */
  static boolean isName(Expr e) {
    if (e instanceof Var) return true;
    if (e instanceof derivcheck.expr.Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Var d
        && (d.name().equals("\\Delta") || d.name().equals("\\delta")) && isName(m.factors().get(1))) {
      return true;
    }
    if (e instanceof Indexed i && i.base() instanceof Var) {
      return i.indices().stream().allMatch(x -> x instanceof Var || x instanceof Num);
    }
    return false;
  }
}
