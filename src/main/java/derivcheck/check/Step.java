package derivcheck.check;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.lib.Definitions;
import java.util.List;

/** One claim to decide: {@code lhs relation rhs} under side {@code conditions}, with the definitions in force. */
public record Step(Expr lhs, Relation relation, Expr rhs, List<Chain> conditions, Definitions defs) {
  public Step {
    conditions = List.copyOf(conditions);
  }
}
