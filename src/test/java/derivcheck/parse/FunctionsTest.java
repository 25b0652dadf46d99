package derivcheck.parse;

import static derivcheck.parse.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.BigO;
import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionsTest {
  @Test
  void builtinsAndAliasesAreCalled() {
    same(call("\\sigma", v("x")), "\\sigma(x)");
    same(call("\\operatorname{softplus}", v("x")), "\\text{softplus}(x)");
    same(call("\\operatorname{softplus}", v("x")), "\\mathrm{softplus}(x)");
    same(call("\\operatorname{softplus}", v("x")), "\\operatorname{softplus}(x)");
    same(call("\\sigma", v("x")), "\\operatorname{sigmoid}(x)");
    same(call("\\operatorname{relu}", v("x")), "\\text{RELU}(x)");
    same(call("H", v("x")), "H(x)");
    same(call("\\exp", v("x")), "\\exp(x)");
  }

  @Test
  void anyWordBeforeParenthesesIsAFunction() {
    same(call("\\operatorname{Diag}", v("\\mathbf{p}")), "\\text{Diag}(\\mathbf{p})");
    same(call("\\operatorname{mysquash}", v("x"), v("y")), "\\text{mysquash}(x, y)");
  }

  @Test
  void fghAndCapitalsAreFunctionsOnlyRightBeforeParentheses() {
    same(call("f", v("x")), "f(x)");
    same(call("g", v("x"), v("y")), "g(x, y)");
    same(mul(v("f"), v("x")), "f (x)");
    same(call("F", v("w")), "F(w)");
    same(mul(v("a"), add(v("b"), v("c"))), "a(b+c)");
    same(mul(v("x"), add(n(1), neg(v("x")))), "x(1-x)");
    same(mul(v("\\phi"), v("x")), "\\phi(x)");
    same(call("\\mathcal{L}", v("\\theta")), "\\mathcal{L}(\\theta)");
    same(call("\\hat{R}", v("\\theta")), "\\hat{R}(\\theta)");
    same(call("\\Phi", v("x")), "\\Phi(x)");
    same(mul(v("\\mathbf{W}"), add(v("x"), v("y"))), "\\mathbf{W}(x + y)");
  }

  @Test
  void declaredNamesAreFunctions() throws ParseError {
    var p = new LatexParser(new ParseOptions(Set.of("\\phi", "\\operatorname{foo}"), false));
    assertEquals(call("\\phi", v("x")), p.parseExpr("\\phi(x)"));
    assertEquals(call("\\phi", v("x")), p.parseExpr("\\phi (x)"));
  }

  @Test
  void prefixFunctionsTakeTheFollowingFactors() {
    same(call("\\ln", v("x")), "\\ln x");
    same(call("\\ln", call("\\sigma", v("x"))), "\\ln \\sigma(x)");
    same(call("\\sin", mul(n(2), v("x"))), "\\sin 2x");
    same(add(call("\\sin", mul(n(2), v("x"))), n(1)), "\\sin 2x + 1");
    same(mul(call("\\sin", v("x")), call("\\cos", v("x"))), "\\sin x \\cos x");
    same(call("\\ln", call("\\ln", v("x"))), "\\ln \\ln x");
    same(mul(call("\\sin", v("x")), v("y")), "\\sin x \\cdot y");
    same(mul(call("\\sin", v("x")), v("y")), "\\sin(x) y");
    same(mul(n(2), call("\\exp", v("x"))), "2 \\exp x");
  }

  @Test
  void powersOfFunctionsApplyToTheCall() {
    same(pow(call("\\tanh", v("x")), n(2)), "\\tanh^2(x)");
    same(pow(call("\\tanh", v("x")), n(2)), "\\tanh^2 x");
    same(pow(call("\\ln", add(n(1), v("x"))), n(2)), "\\ln(1+x)^2");
    same(pow(v("\\sigma"), n(2)), "\\sigma^2");
  }

  @Test
  void primesCountDerivatives() {
    same(new Call("f", 1, List.of(v("x"))), "f'(x)");
    same(new Call("\\sigma", 1, List.of(v("x"))), "\\sigma'(x)");
    same(new Call("\\tanh", 1, List.of(v("x"))), "\\tanh'(x)");
    same(new Call("f", 2, List.of(v("x"))), "f''(x)");
    same(new Call("g", 1, List.of(n(0))), "g'(0)");
    same(new Call("f", 1, List.of(v("x"))), "f^\\prime(x)");
  }

  @Test
  void logIsNaturalUnlessBase10() throws ParseError {
    same(call("\\ln", v("x")), "\\log x");
    same(call("\\ln", v("p")), "\\log(p)");
    var base10 = new LatexParser(new ParseOptions(Set.of(), true));
    assertEquals(call("\\log", v("x")), base10.parseExpr("\\log x"));
    same(call("\\log_{2}", v("x")), "\\log_2 x");
  }

  @Test
  void maxAndMinTakeArguments() {
    same(call("\\max", n(0), v("x")), "\\max(0, x)");
    same(call("\\max", n(0), v("x")), "\\max\\{0, x\\}");
    same(call("\\min", v("a"), v("b"), v("c")), "\\min(a, b, c)");
    same(call("\\max", Num.ZERO, v("x")), "[x]_+");
  }

  @Test
  void subscriptedFunctionNames() {
    same(call("f_{1}", idx(v("w"), n(1)), idx(v("w"), n(2))), "f_1(w_1, w_2)");
    same(call("J_{F}", v("x")), "J_F(x)");
    same(call("J_{\\text{softmax}}", v("\\mathbf{x}")), "J_{\\text{softmax}}(\\mathbf{x})");
    same(call("\\operatorname{onehot}_{m}", v("y")), "\\text{onehot}_m(y)");
    same(call("S_{c}", v("\\mathbf{x}")), "S_c(\\mathbf{x})");
  }

  @Test
  void bigOAndPlaceholders() {
    same(new BigO(v("n")), "O(n)");
    same(new BigO(div(n(1), call("\\sqrt", v("T")))), "\\mathcal{O}(1/\\sqrt{T})");
    Expr slot = new derivcheck.expr.Placeholder();
    same(call("f", slot), "f(\\cdot)");
    same(call("\\sigma", slot), "\\sigma(\\cdot)");
  }
}
