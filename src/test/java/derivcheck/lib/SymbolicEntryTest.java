package derivcheck.lib;

import static org.junit.jupiter.api.Assertions.assertThrows;

import derivcheck.expr.BigOp;
import derivcheck.expr.Const;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

/** d/dx_2 of an expression in x_j: x_j may be x_2, so the differentiator must refuse rather than answer 0. */
class SymbolicEntryTest {
  @Test
  void anEntryWithASymbolicIndexIsNotAConstant() {
    var x = new Var("x");
    var j = new Var("j");
    var xj = new Indexed(x, List.of(j));
    var x2 = new Indexed(x, List.of(Num.TWO));
    var sum = new BigOp(BigOp.Kind.SUM, j, Num.ONE, Num.of(3), new Pow(Const.E, xj));
    assertThrows(LoweringException.class, () -> Differentiator.d(sum, x2));
    assertThrows(LoweringException.class, () -> Differentiator.d(xj, x2));
  }
}
