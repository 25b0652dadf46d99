package derivcheck.solve;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.lib.Definitions;
import java.util.List;

/**
 * What to solve: {@code lhs = rhs} under side conditions, or, with {@code rhs} null, an expression to work out
 * (a derivative to carry out and simplify). {@code source} is {@code file:line} or {@code <arg>:1}.
 */
public record Claim(String id, String source, Expr lhs, Expr rhs, List<Chain> conditions, Definitions defs) {
  public Claim {
    conditions = List.copyOf(conditions);
  }

  public boolean hasTarget() {
    return rhs != null;
  }
}
