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
    var freeRanges = new java.util.LinkedHashMap<String, IndexClaim.Range>();
    for (String f : free) freeRanges.put(f, range);
    var claim = new IndexClaim(tex(lhs), tex(rhs), Map.of("n", 1L), freeRanges,
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
}
