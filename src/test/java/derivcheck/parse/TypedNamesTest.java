package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Abs;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Infix;
import derivcheck.expr.Transpose;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Function names and mathematics as people type them: plain letters, plain text, unicode. */
class TypedNamesTest {
  private static final Call SIG_X = call("\\sigma", v("x"));

  @Test
  void builtinWordsTypedAsLettersAreCalls() {
    same(SIG_X, "sig(x)");
    same(SIG_X, "sigmoid(x)");
    same(call("\\exp", neg(v("x"))), "exp(-x)");
    same(call("\\ln", add(n(1), call("\\exp", v("x")))), "log(1+exp(x))");
    same(call("\\tanh", v("x")), "tanh(x)");
    same(call("\\operatorname{relu}", v("x")), "relu(x)");
    same(call("\\operatorname{relu}", v("x")), "ReLU(x)");
    same(call("\\operatorname{softplus}", v("x")), "softplus(x)");
    same(call("\\max", n(0), v("x")), "max(0, x)");
    same(call("\\sqrt", v("x")), "sqrt(x)");
    same(new Abs(v("x")), "abs(x)");
    same(div(n(1), add(n(1), call("\\exp", neg(v("x"))))), "1/(1+exp(-x))");
  }

  @Test
  void scriptsOnTypedNamesApplyToTheCall() {
    same(new Call("\\sigma", 1, List.of(v("x"))), "sig'(x)");
    same(pow(call("\\tanh", v("x")), n(2)), "tanh^2(x)");
    same(idx(call("\\operatorname{softmax}", v("z")), v("k")), "softmax(z)_k");
    same(new Call("\\operatorname{nsig}", 1, List.of(v("x"))), "nsig'(x)");
  }

  @Test
  void capitalWordsBeforeParenthesesAreOneFunction() {
    same(call("\\operatorname{CE}", v("p"), v("y")), "CE(p, y)");
    same(call("\\operatorname{MSE}", v("y"), v("t")), "MSE(y, t)");
  }

  @Test
  void otherLetterRunsStayProducts() {
    same(mul(v("a"), v("b"), add(v("c"), v("d"))), "ab(c+d)");
    // a word only when the whole run spells it: x s i g(x), never x times sig(x)
    same(mul(v("x"), v("s"), v("i"), call("g", v("x"))), "xsig(x)");
    same(mul(v("s"), v("i"), v("g")), "sig");
    same(mul(v("s"), v("i"), v("g"), v("x")), "sig x");
  }

  @Test
  void aWordTheDocumentDefinesIsOneName() {
    var parser = new LatexParser(new ParseOptions(Set.of("\\operatorname{loss}"), false));
    try {
      assertEquals(call("\\operatorname{loss}", v("w")), parser.parseExpr("loss(w)"));
    } catch (ParseError e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void wordsInTextCommandsUseTheSameTable() {
    same(call("\\tanh", v("x")), "\\operatorname{tanh}(x)");
    same(call("\\sigma", v("x")), "\\mathrm{sig}(x)");
    same(call("\\sigma", v("x")), "\\text{sigmoid}(x)");
    same(call("\\operatorname{softmax}", v("z")), "\\mathrm{softmax}(z)");
    same(call("\\ln", v("x")), "\\operatorname{log} x");
  }

  @Test
  void plainTextOperators() {
    same(pow(v("x"), n(2)), "x**2");
    same(pow(v("x"), add(v("n"), n(1))), "x**(n+1)");
    same(pow(Const.E, neg(v("x"))), "e^(-x)");
    same(mul(n(4), new Call("\\sigma", 1, List.of(v("x")))), "4.0 * sig'(x)");
    same(new Infix(Infix.Op.STAR, v("\\mathbf{x}"), v("\\mathbf{w}")), "\\mathbf{x} * \\mathbf{w}");
  }

  @Test
  void unicodeMath() {
    same(new Call("\\sigma", 1, List.of(v("x"))), "σ'(x)");
    same(add(n(1), neg(SIG_X)), "1 − σ(x)");
    same(mul(v("a"), v("b"), v("c")), "a · b × c");
    same(add(pow(v("x"), n(2)), pow(v("y"), neg(n(1)))), "x² + y⁻¹");
    same(call("\\sqrt", add(v("x"), n(1))), "√(x+1)");
    same(mul(new Transpose(v("W")), v("x")), "Wᵀx");
    same(add(idx(v("z"), v("k")), idx(v("x"), n(10))), "zₖ + x₁₀");
    same(v("\\theta"), "θ");
  }

  @Test
  void ambiguousWordsHaveTwoReadings() throws ParseError {
    var parser = new LatexParser(ParseOptions.defaults());
    List<LatexParser.Reading> settled = parser.chainReadings("sig(x) = 1/(1+exp(-x))");
    assertEquals(1, settled.size());
    assertEquals("", settled.get(0).assumption());
    // s, i and g are variables elsewhere in the formula: sig could be their product
    List<LatexParser.Reading> both = parser.chainReadings("sig(x) = s i g x");
    assertEquals(2, both.size());
    assertEquals(SIG_X, both.get(0).chain().terms().get(0));
    assertEquals(mul(v("s"), v("i"), call("g", v("x"))), both.get(1).chain().terms().get(0));
    assertEquals("sig read as a function name", both.get(0).assumption());
    // ... or elsewhere in the document
    var inDocument = parser.withDocumentLetters(Set.of("s", "i", "g")).chainReadings("sig(x) = 1/(1+exp(-x))");
    assertEquals(2, inDocument.size());
  }
}
