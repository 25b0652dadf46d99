package derivcheck.cas;

import static derivcheck.cas.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The together-atoms strategy: exponentials split by the monomials of their exponents, other values as symbols. */
class AtomsStrategyTest {
  private static final Var P = new Var("p");
  private static final Var Q = new Var("q");
  private static final Var W = new Var("w");

  private static Expr exp(Expr u) {
    return pow(Const.E, u);
  }

  private static Expr sin(Expr u) {
    return Call.of("\\sin", u);
  }

  /** The first output of a two-class softmax whose logits are p sin(w x) + a and q sin(w x). */
  private static Expr softmaxOne() {
    Expr h = sin(mul(W, X));
    Expr o1 = add(mul(P, h), A);
    Expr o2 = mul(Q, h);
    return div(exp(o1), add(exp(o1), exp(o2)));
  }

  @Test
  void provesTheCrossEntropyGradientOfASoftmaxLayer() {
    Expr h = sin(mul(W, X));
    // d/dp (-ln s_1) = (s_1 - 1) h
    Expr lhs = d(neg(ln(softmaxOne())), P);
    Expr rhs = mul(sub(softmaxOne(), n(1)), h);
    var attempt = Cas.proveEqual(lhs, rhs, List.of(), Duration.ofSeconds(20));
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
  }

  @Test
  void exponentialsOfSumsMeetTheirProducts() {
    // e^{2a + x} / (e^{a})^2 = e^{x}: one symbol for e^a, one for e^x
    Expr lhs = div(exp(add(mul(n(2), A), X)), pow(exp(A), n(2)));
    var attempt = Cas.proveEqual(lhs, exp(X), List.of(), Duration.ofSeconds(20));
    assertEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
  }

  @Test
  void neverProvesAWrongSoftmaxGradient() {
    Expr h = sin(mul(W, X));
    Expr lhs = d(neg(ln(softmaxOne())), P);
    Expr wrong = mul(softmaxOne(), h); // the one-hot term left out
    var attempt = Cas.proveEqual(lhs, wrong, List.of(), Duration.ofSeconds(20));
    assertNotEquals(ProofAttempt.Outcome.PROVED, attempt.outcome(), attempt::toString);
  }
}
