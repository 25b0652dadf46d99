package derivcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import derivcheck.expr.Add;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.render.RandomExprs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's central promise over many generated claims: a false claim is never proved or confirmed, and a true
 * one is never refuted. Claims are made from random trees, so nothing here is tuned to a fixture.
 */
class SoundnessTest {
  private static final int CLAIMS = 150;

  @Test
  void perturbedClaimsAreNeverProvedOrConfirmed() {
    var random = new RandomExprs(7);
    var kernel = new Kernel(CheckOptions.defaults().withSymbolic(false));
    // e = e + x/1000 is false wherever e is defined.
    Expr nudge = new Div(new Var("x"), Num.of(1000));
    for (int i = 0; i < CLAIMS; i++) {
      Expr e = random.next(3);
      Verdict v = kernel.checkNow(new Step(e, Relation.EQ, Add.of(e, nudge), List.of(), Definitions.builtinsOnly()));
      assertFalse(v.kind().holds(), () -> "false claim accepted: " + e + " = " + e + " + x/1000 -> " + v);
    }
  }

  @Test
  void trueClaimsAreNeverRefuted() {
    var random = new RandomExprs(11);
    var kernel = new Kernel(CheckOptions.defaults().withSymbolic(false));
    for (int i = 0; i < CLAIMS; i++) {
      Expr e = random.next(3);
      Verdict v = kernel.checkNow(new Step(Mul.of(Num.TWO, e), Relation.EQ, Add.of(e, e), List.of(),
          Definitions.builtinsOnly()));
      assertNotEquals(Verdict.Kind.REFUTED, v.kind(), () -> "true claim refuted: 2 (" + e + ") = e + e -> " + v);
    }
  }
}
