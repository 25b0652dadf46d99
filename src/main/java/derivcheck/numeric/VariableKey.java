package derivcheck.numeric;

import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.Map;

/**
 * The key under which a variable's value is stored: the variable itself, with every subscript that is an integer
 * constant (given the bound summation indices) written as a plain number, so {@code x_{j+1}} at {@code j = 2} and
 * {@code x_3} are the same key. Subscripts that are not constant ({@code x_i} with {@code i} free) stay as written.
 */
final class VariableKey {
  private VariableKey() {}

  static Expr of(Expr variable, Map<Var, Long> bound) {
    if (!(variable instanceof Indexed indexed)) return variable;
    var indices = new ArrayList<Expr>();
    for (Expr index : indexed.indices()) {
      Long k = IntegerIndex.evaluate(index, bound);
      indices.add(k == null ? index : Num.of(k));
    }
    return new Indexed(indexed.base(), indices);
  }

  static boolean isVariable(Expr e) {
    return e instanceof Var || e instanceof Indexed;
  }
}
