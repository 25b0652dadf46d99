package derivcheck.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import derivcheck.expr.Add;
import derivcheck.expr.Neg;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index algebra on claims written entry-wise, with symbolic n. */
class IndexProverTest {
  static Expr tex(String latex) throws Exception {
    return new LatexParser(ParseOptions.defaults()).parseChain(latex).terms().get(0);
  }

  static final IndexClaim.Range ZERO_BASED = new IndexClaim.Range(Num.ZERO, Add.of(new Var("n"), new Neg(Num.ONE)));
  static final IndexClaim.Range ONE_BASED = new IndexClaim.Range(Num.ONE, new Var("n"));

  static IndexProver.Result prove(String lhs, String rhs, IndexClaim.Range range, String... free) throws Exception {
    return prove(1, lhs, rhs, range, free);
  }

  static IndexProver.Result prove(long least, String lhs, String rhs, IndexClaim.Range range, String... free)
      throws Exception {
    var freeRanges = new java.util.LinkedHashMap<String, IndexClaim.Range>();
    for (String f : free) freeRanges.put(f, range);
    var claim = new IndexClaim(tex(lhs), tex(rhs), Map.of("n", least), freeRanges,
        Map.of("a", List.of(range), "x", List.of(range), "w", List.of(range)));
    return IndexProver.prove(claim);
  }

  @Test
  void circulantTimesShiftIsShiftTimesCirculant() throws Exception {
    var r = prove("\\sum_{k=0}^{n-1} a_{(i-k) \\bmod n} \\mathbf{1}_{k = (j+1) \\bmod n}",
        "\\sum_{k=0}^{n-1} \\mathbf{1}_{i = (k+1) \\bmod n} a_{(k-j) \\bmod n}", ZERO_BASED, "i", "j");
    assertTrue(r.proved(), r::reason);
    assertTrue(r.rules().contains("delta elimination"), r.rules()::toString);
  }

  @Test
  void deltaEliminationGivesTheEntry() throws Exception {
    var r = prove("\\sum_{k=0}^{n-1} a_{(i-k) \\bmod n} \\mathbf{1}_{k = (j+1) \\bmod n}", "a_{(i-j-1) \\bmod n}",
        ZERO_BASED, "i", "j");
    assertTrue(r.proved(), r::reason);
  }

  @Test
  void theShiftTheOtherWayIsNotProved() throws Exception {
    var r = prove("a_{(i-j-1) \\bmod n}", "a_{(i-j+1) \\bmod n}", ZERO_BASED, "i", "j");
    assertFalse(r.proved());
    assertTrue(r.reason().startsWith("the difference does not vanish"), r::reason);
  }

  @Test
  void convolutionCommutesByReindexing() throws Exception {
    var r = prove("\\sum_{k=0}^{n-1} x_k w_{(i-k) \\bmod n}", "\\sum_{k=0}^{n-1} w_k x_{(i-k) \\bmod n}",
        ZERO_BASED, "i");
    assertTrue(r.proved(), r::reason);
    assertTrue(r.rules().contains("reindexing mod n"), r.rules()::toString);
  }

  @Test
  void softmaxPartials() throws Exception {
    var r = prove("\\frac{\\partial}{\\partial x_j} \\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}}",
        "\\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}} \\mathbf{1}_{i=j} - \\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}}"
            + " \\frac{e^{x_j}}{\\sum_{k=1}^{n} e^{x_k}}", ONE_BASED, "i", "j");
    assertTrue(r.proved(), r::reason);
  }

  @Test
  void softmaxPartialsWithoutTheIndicatorAreNotProved() throws Exception {
    var r = prove("\\frac{\\partial}{\\partial x_j} \\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}}",
        "\\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}} - \\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}}"
            + " \\frac{e^{x_j}}{\\sum_{k=1}^{n} e^{x_k}}", ONE_BASED, "i", "j");
    assertFalse(r.proved());
    assertTrue(r.reason().startsWith("the difference does not vanish"), r::reason);
  }

  // ---- side conditions of the rules ---------------------------------------------------------------------------

  @Test
  void deltaEliminationNeedsTheSolutionInsideTheRange() throws Exception {
    // at j = n-1 the left side is 0 (no k = n in 0..n-1), the right side n
    assertFalse(prove("\\sum_{k=0}^{n-1} k \\mathbf{1}_{k = j+1}", "j + 1", ZERO_BASED, "j").proved());
    assertTrue(prove("\\sum_{k=0}^{n-1} k \\mathbf{1}_{k = (j+1) \\bmod n}", "(j + 1) \\bmod n", ZERO_BASED, "j")
        .proved());
    assertTrue(prove("\\sum_{k=0}^{n-1} k \\mathbf{1}_{k = j}", "j", ZERO_BASED, "j").proved());
  }

  @Test
  void deltaEliminationModNNeedsAFullResidueRange() throws Exception {
    var r = prove("\\sum_{k=0}^{n-2} a_k \\mathbf{1}_{i = (k+1) \\bmod n}", "a_{(i-1) \\bmod n}", ZERO_BASED, "i");
    assertFalse(r.proved());
    assertTrue(prove("\\sum_{k=0}^{n-1} a_k \\mathbf{1}_{i = (k+1) \\bmod n}", "a_{(i-1) \\bmod n}", ZERO_BASED,
        "i").proved());
  }

  @Test
  void aRemainderIsItsArgumentOnlyInsideTheRange() throws Exception {
    assertFalse(prove("(i + 1) \\bmod n", "i + 1", ZERO_BASED, "i").proved());
    assertTrue(prove("(i + n) \\bmod n", "i", ZERO_BASED, "i").proved());
    assertTrue(prove("((i + 1) \\bmod n + n - 1) \\bmod n", "i", ZERO_BASED, "i").proved());
  }

  @Test
  void reindexingNeedsAFullResidueRange() throws Exception {
    assertFalse(prove("\\sum_{k=0}^{n-2} x_k w_{(i-k) \\bmod n}", "\\sum_{k=0}^{n-2} w_k x_{(i-k) \\bmod n}",
        ZERO_BASED, "i").proved());
  }

  @Test
  void anIndicatorOfARemainderAgainstAConstantNeedsTheConstantInRange() throws Exception {
    // at n = 1, (i - j) mod 1 = 0 is never 1, but i = (j+1) mod 1 always holds
    String lhs = "\\mathbf{1}_{(i - j) \\bmod n = 1}";
    String rhs = "\\mathbf{1}_{i = (j+1) \\bmod n}";
    assertFalse(prove(1, lhs, rhs, ZERO_BASED, "i", "j").proved());
    assertTrue(prove(2, lhs, rhs, ZERO_BASED, "i", "j").proved());
  }

  @Test
  void caseSplitsOnFreeIndicesSubstituteOnlyWhereTheIndicatorHolds() throws Exception {
    assertTrue(prove("\\mathbf{1}_{i=j} x_i", "\\mathbf{1}_{i=j} x_j", ONE_BASED, "i", "j").proved());
    assertFalse(prove("x_i", "x_j", ONE_BASED, "i", "j").proved());
    assertFalse(prove("\\mathbf{1}_{i=j} x_i", "x_j", ONE_BASED, "i", "j").proved());
  }

  @Test
  void anEntryThatMayFallOutsideItsVectorIsNotReadByTheAlgebra() throws Exception {
    var r = prove("x_{i+1}", "x_{i+1}", ONE_BASED, "i");
    assertFalse(r.proved());
    assertTrue(r.reason().contains("may fall outside"), r::reason);
  }

  @Test
  void sumsOfConstantsAreCounted() throws Exception {
    assertTrue(prove("\\sum_{k=1}^{n} 1", "n", ONE_BASED).proved());
    assertFalse(prove("\\sum_{k=1}^{n} 1", "n - 1", ONE_BASED).proved());
  }

  @Test
  void softmaxSumsToOneAndIsInvariantUnderTranslation() throws Exception {
    assertTrue(prove("\\sum_{k=1}^{n} \\frac{e^{x_k}}{\\sum_{j=1}^{n} e^{x_j}}", "1", ONE_BASED).proved());
    assertFalse(prove("\\sum_{k=1}^{n} \\frac{e^{x_k}}{\\sum_{j=1}^{n} e^{x_j}}", "2", ONE_BASED).proved());
    assertTrue(prove("\\frac{e^{x_i + c}}{\\sum_{j=1}^{n} e^{x_j + c}}", "\\frac{e^{x_i}}{\\sum_{j=1}^{n} e^{x_j}}",
        ONE_BASED, "i").proved());
    assertFalse(prove("\\frac{e^{c x_i}}{\\sum_{j=1}^{n} e^{c x_j}}", "\\frac{e^{x_i}}{\\sum_{j=1}^{n} e^{x_j}}",
        ONE_BASED, "i").proved());
  }

  @Test
  void aPowerOfASumInADenominatorStaysAPowerOfThatSum() throws Exception {
    var r = prove("\\frac{\\partial}{\\partial x_j} \\frac{e^{x_i}}{\\sum_{k=1}^{n} e^{x_k}}",
        "\\frac{e^{x_i} \\mathbf{1}_{i=j}}{\\sum_{k=1}^{n} e^{x_k}} - \\frac{e^{x_i} e^{x_j}}{(\\sum_{k=1}^{n} e^{x_k})^2}",
        ONE_BASED, "i", "j");
    assertTrue(r.proved(), r::reason);
  }

  @Test
  void derivativesOfSigmoidAndTanhByEntries() throws Exception {
    assertTrue(prove("\\frac{\\partial}{\\partial x_j} \\sigma(x_i)", "\\sigma(x_i)(1 - \\sigma(x_i)) \\mathbf{1}_{i=j}",
        ONE_BASED, "i", "j").proved());
    assertFalse(prove("\\frac{\\partial}{\\partial x_j} \\sigma(x_i)", "\\sigma(x_i)(1 - \\sigma(x_i))",
        ONE_BASED, "i", "j").proved());
    assertTrue(prove("\\frac{\\partial}{\\partial x_j} \\sum_{k=1}^{n} \\tanh(x_k)", "1 - \\tanh(x_j)^2",
        ONE_BASED, "j").proved());
    var sin = prove("\\frac{\\partial}{\\partial x_j} \\sin(x_j)", "\\cos(x_j)", ONE_BASED, "j");
    assertFalse(sin.proved());
    assertTrue(sin.reason().contains("derivative"), sin::reason);
  }

  @Test
  void deltaEliminationKeepsTheOtherBindersOfTheSum() throws Exception {
    // k is replaced by m, which stays bound by its own sum
    assertTrue(prove("\\sum_{k=1}^{n} \\sum_{m=1}^{n} \\mathbf{1}_{k = m} x_k w_m", "\\sum_{m=1}^{n} x_m w_m", ONE_BASED)
        .proved());
    assertFalse(prove("\\sum_{k=1}^{n} \\sum_{m=1}^{n} \\mathbf{1}_{k = m} x_k w_m", "\\sum_{m=1}^{n} x_m w_1", ONE_BASED)
        .proved());
  }
}
