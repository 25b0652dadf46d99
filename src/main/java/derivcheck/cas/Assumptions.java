package derivcheck.cas;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Side conditions ({@code x > 0}, {@code x \neq 0}, {@code y = 1}) in Symja's terms: relations for Simplify and
 * Refine, and substitutions for equations that fix a variable. A condition that cannot be translated is dropped,
 * which is safe: a proof with fewer assumptions proves more.
 */
final class Assumptions {
  private final List<IExpr> relations = new ArrayList<>();
  private final List<IExpr> rules = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();

  Assumptions(List<Chain> chains, ToSymja to) {
    for (Chain c : chains) add(c, to);
  }

  private void add(Chain c, ToSymja to) {
    for (Chain inner : c.conditions()) add(inner, to);
    if (c.leading()) { // "&= b" continues another row; as a condition it has no left side
      dropped.add("a chain that continues another row");
      return;
    }
    for (int i = 0; i < c.relations().size(); i++) {
      Expr left = c.terms().get(i);
      Expr right = c.terms().get(i + 1);
      Relation r = c.relations().get(i);
      try {
        IExpr l = to.convert(left);
        IExpr rt = to.convert(right);
        if (r == Relation.EQ || r == Relation.DEFINES) {
          if (isVariable(left) && !Exprs.any(right, left::equals)) rules.add(F.Rule(l, rt));
          else if (isVariable(right) && !Exprs.any(left, right::equals)) rules.add(F.Rule(rt, l));
          relations.add(F.Equal(l, rt));
        } else if (r == Relation.NE) {
          relations.add(F.Unequal(l, rt));
        } else if (r == Relation.LT) {
          relations.add(F.Less(l, rt));
        } else if (r == Relation.LE) {
          relations.add(F.LessEqual(l, rt));
        } else if (r == Relation.GT) {
          relations.add(F.Greater(l, rt));
        } else if (r == Relation.GE) {
          relations.add(F.GreaterEqual(l, rt));
        } else {
          dropped.add("a condition with " + r.latex());
        }
      } catch (CasException e) {
        dropped.add(e.getMessage());
      }
    }
  }

  private static boolean isVariable(Expr e) {
    return e instanceof Var || e instanceof Indexed;
  }

  boolean hasRules() {
    return !rules.isEmpty();
  }

  boolean isEmpty() {
    return relations.isEmpty();
  }

  /** {@code e} with every fixed variable replaced by its value (unevaluated). */
  IExpr substitute(IExpr e) {
    IExpr out = e;
    for (IExpr rule : rules) out = F.ReplaceAll(out, rule);
    return out;
  }

  /**
   * The conditions, then {@code extra}, then "every variable is real", joined with And: the second argument of
   * Simplify and Refine. True when there is nothing to assume.
   */
  IExpr condition(List<ISymbol> realVariables, List<IExpr> extra) {
    var all = F.And();
    relations.forEach(all::append);
    extra.forEach(all::append);
    for (ISymbol v : realVariables) all.append(F.Element(v, S.Reals));
    if (all.argSize() == 0) return S.True;
    if (all.argSize() == 1) return all.arg1();
    return all;
  }

  List<String> dropped() {
    return dropped;
  }
}
