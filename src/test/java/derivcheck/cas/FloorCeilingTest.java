package derivcheck.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Ceil;
import derivcheck.expr.Div;
import derivcheck.expr.Floor;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Floor and ceiling reach Symja as Floor and Ceiling. */
class FloorCeilingTest {
  @Test
  void symjaEvaluatesThem() {
    var half = new Div(Num.of(31), Num.TWO);
    assertEquals(ProofAttempt.Outcome.PROVED,
        Cas.proveEqual(new Floor(half), Num.of(15), List.of(), Duration.ofSeconds(20)).outcome());
    assertEquals(ProofAttempt.Outcome.PROVED,
        Cas.proveEqual(new Ceil(half), Num.of(16), List.of(), Duration.ofSeconds(20)).outcome());
    var x = new Var("x");
    assertEquals(ProofAttempt.Outcome.PROVED, Cas.proveEqual(new Floor(new derivcheck.expr.Add(List.of(x, Num.ONE))),
        new derivcheck.expr.Add(List.of(new Floor(x), Num.ONE)), List.of(), Duration.ofSeconds(20)).outcome());
  }

  @Test
  void theyComeBack() {
    var x = new Var("x");
    assertEquals(new Floor(x), TranslationTest.roundTrip(new Floor(x)));
    assertEquals(new Ceil(x), TranslationTest.roundTrip(new Ceil(x)));
  }
}
