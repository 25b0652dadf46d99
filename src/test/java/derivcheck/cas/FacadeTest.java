package derivcheck.cas;

import static derivcheck.cas.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.lib.Builtin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** simplify, differentiate and factorTogether give trees the rest of the program can use. */
class FacadeTest {
  static final Duration BUDGET = Duration.ofSeconds(20);

  static void assertSameValueAt(Expr expected, Expr actual, double... xs) {
    for (double x : xs) {
      double a = TreeValue.of(expected, Map.of(X, x));
      assertEquals(a, TreeValue.of(actual, Map.of(X, x)), 1e-9 * Math.max(1, Math.abs(a)), actual::toString);
    }
  }

  @Test
  void differentiatesIntoOurTree() {
    Expr derivative = Cas.differentiate(sigma(X), X, BUDGET).orElseThrow();
    assertSameValueAt(mul(sigma(X), sub(n(1), sigma(X))), derivative, -2, 0, 0.5, 3);
    Expr second = Cas.differentiate(tanh(mul(n(3), X)), X, BUDGET).orElseThrow();
    assertSameValueAt(mul(n(3), sub(n(1), pow(tanh(mul(n(3), X)), n(2)))), second, -1, 0.2);
  }

  @Test
  void aDerivativeOurTreeCannotExpressIsEmpty() {
    // Symja leaves |x|' as Abs'(x), which is not sign(x) at 0: no answer rather than a wrong one.
    assertTrue(Cas.differentiate(abs(X), X, BUDGET).isEmpty());
  }

  @Test
  void simplifiesIntoOurTree() {
    Expr pythagoras = add(pow(Builtin.SIN.call(X), n(2)), pow(Builtin.COS.call(X), n(2)));
    assertEquals(Num.ONE, Cas.simplify(pythagoras, BUDGET).orElseThrow());
    Expr cancelled = Cas.simplify(div(sub(pow(X, n(2)), n(1)), sub(X, n(1))), BUDGET).orElseThrow();
    assertSameValueAt(add(X, n(1)), cancelled, -3, 0.5, 7);
  }

  @Test
  void factorTogetherExposesTheSignOfSigmaPrimeBound() {
    // 1/4 - sigma'(x) = (1 - e^x)^2 / (4 (1 + e^x)^2) >= 0: the kernel reads the sign off the factors.
    Expr gap = sub(div(n(1), n(4)), new Call("\\sigma", 1, List.of(X)));
    Expr factored = Cas.factorTogether(gap, BUDGET).orElseThrow();
    assertSameValueAt(sub(div(n(1), n(4)), mul(sigma(X), sub(n(1), sigma(X)))), factored, -2, 0.1, 4);
    assertTrue(factored instanceof derivcheck.expr.Div, factored::toString);
  }

  @Test
  void callsFromManyThreadsAreSerialisedSafely() {
    var futures = new ArrayList<CompletableFuture<ProofAttempt>>();
    for (int i = 0; i < 4; i++) {
      for (var c : Claims.TRUE.subList(0, 4)) {
        futures.add(CompletableFuture.supplyAsync(() -> Cas.proveEqual(c.lhs(), c.rhs(), c.assumptions(), BUDGET)));
      }
    }
    for (var f : futures) assertEquals(ProofAttempt.Outcome.PROVED, f.join().outcome(), () -> f.join().toString());
  }

  @Test
  void rejectsMisuse() {
    assertThrows(IllegalArgumentException.class, () -> Cas.differentiate(X, n(1), BUDGET));
    assertThrows(IllegalArgumentException.class, () -> Cas.proveEqual(X, X, List.of(), Duration.ZERO));
  }
}
