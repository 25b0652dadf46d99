package derivcheck.numeric;

import static derivcheck.numeric.Trees.X;
import static derivcheck.numeric.Trees.at;
import static derivcheck.numeric.Trees.div;
import static derivcheck.numeric.Trees.eval;
import static derivcheck.numeric.Trees.mul;
import static derivcheck.numeric.Trees.num;
import static derivcheck.numeric.Trees.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Ceil;
import derivcheck.expr.Floor;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Floor and ceiling in both evaluators, including negative arguments and values that are integers in exact terms. */
class FloorCeilTest {
  static final PreciseEvaluator P = new PreciseEvaluator();

  @Test
  void doublePrecision() throws Exception {
    assertEquals(2.0, eval(new Floor(X), 2.7));
    assertEquals(-3.0, eval(new Floor(X), -2.2));
    assertEquals(3.0, eval(new Ceil(X), 2.2));
    assertEquals(-2.0, eval(new Ceil(X), -2.7));
    assertEquals(15.0, eval(new Floor(div(num(31), num(2))), 0.0));
  }

  @Test
  void highPrecision() {
    assertEquals(0, new BigDecimal(2).compareTo(value(P.eval(new Floor(X), at("2.7")))));
    assertEquals(0, new BigDecimal(-3).compareTo(value(P.eval(new Floor(X), at("-2.2")))));
    assertEquals(0, new BigDecimal(3).compareTo(value(P.eval(new Ceil(X), at("2.2")))));
    assertEquals(0, new BigDecimal(16).compareTo(value(P.eval(new Ceil(div(num(31), num(2))), at("0")))));
  }

  @Test
  void aValueThatIsAnIntegerInExactTermsIsThatInteger() {
    // 3 * (1/3) is 0.999...9 at any finite precision; its floor is 1, not 0.
    var third = mul(num(3), div(num(1), num(3)));
    assertEquals(0, BigDecimal.ONE.compareTo(value(P.eval(new Floor(third), at("0")))));
    assertEquals(0, BigDecimal.ONE.compareTo(value(P.eval(new Ceil(third), at("0")))));
  }
}
