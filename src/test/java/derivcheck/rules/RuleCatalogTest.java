package derivcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.render.LatexPrinter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule on its own: its id, and what it makes of one input, applied wherever it applies
 * ({@link Rewriter#everywhere}). Outputs are compared up to the order of terms and factors.
 */
class RuleCatalogTest {
  private static Rule table(String id) {
    return FunctionDerivatives.table().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static Rule unfold(String fn) {
    return DefinitionRules.unfold(fn, Definitions.builtinsOnly(), DefinitionRules.Hyperbolic.SINH_COSH);
  }

  private static Rule unfoldExp(String fn) {
    return DefinitionRules.unfold(fn, Definitions.builtinsOnly(), DefinitionRules.Hyperbolic.EXPONENTIAL);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // derivatives: structure
        Arguments.of(DerivativeRules.CONSTANT, "constant", "\\frac{d}{dx} y^2", "0"),
        Arguments.of(DerivativeRules.VARIABLE, "variable", "\\frac{d}{dx} x", "1"),
        Arguments.of(DerivativeRules.LINEAR, "linear", "\\frac{d}{dx}(-3x)", "-3"),
        Arguments.of(DerivativeRules.SUM, "sum", "\\frac{d}{dx}(x^2 - \\sin x)",
            "\\frac{d}{dx} x^2 - \\frac{d}{dx}\\sin x"),
        Arguments.of(DerivativeRules.CONSTANT_MULTIPLE, "constant-multiple", "\\frac{d}{dx}(y \\ln x)",
            "y \\frac{d}{dx}\\ln x"),
        Arguments.of(DerivativeRules.PRODUCT, "product", "\\frac{d}{dx}(x \\sin x)",
            "\\left(\\frac{d}{dx} x\\right) \\sin x + x \\frac{d}{dx}\\sin x"),
        Arguments.of(DerivativeRules.RECIPROCAL, "reciprocal", "\\frac{d}{dx}\\frac{1}{1+x^2}",
            "-\\frac{\\frac{d}{dx}(1+x^2)}{(1+x^2)^2}"),
        Arguments.of(DerivativeRules.QUOTIENT, "quotient", "\\frac{d}{dx}\\frac{x}{1+x}",
            "\\frac{\\left(\\frac{d}{dx} x\\right)(1+x) - x\\frac{d}{dx}(1+x)}{(1+x)^2}"),
        Arguments.of(DerivativeRules.HIGHER_ORDER, "higher-order", "\\frac{d^2}{dx^2} x^3",
            "\\frac{d}{dx}\\left(\\frac{d}{dx} x^3\\right)"),
        // derivatives: the table, the power rule and the chain rule
        Arguments.of(FunctionDerivatives.POWER, "power", "\\frac{d}{dx} x^3", "3x^2"),
        Arguments.of(FunctionDerivatives.EXP_POWER, "exp", "\\frac{d}{dx} e^{x}", "e^{x}"),
        Arguments.of(FunctionDerivatives.ABS, "abs-derivative", "\\frac{d}{dx}|x|", "\\operatorname{sign}(x)"),
        Arguments.of(table("log"), "log", "\\frac{d}{dx}\\ln x", "\\frac{1}{x}"),
        Arguments.of(table("sin"), "sin", "\\frac{d}{dx}\\sin x", "\\cos x"),
        Arguments.of(table("cos"), "cos", "\\frac{d}{dx}\\cos x", "-\\sin x"),
        Arguments.of(table("tanh"), "tanh", "\\frac{d}{dx}\\tanh x", "1 - \\tanh(x)^2"),
        Arguments.of(table("sigma-derivative"), "sigma-derivative", "\\frac{d}{dx}\\sigma(x)",
            "\\sigma(x)(1-\\sigma(x))"),
        Arguments.of(table("sigma-derivative"), "sigma-derivative", "\\sigma'(2y)", "\\sigma(2y)(1-\\sigma(2y))"),
        Arguments.of(table("softplus-derivative"), "softplus-derivative", "\\frac{d}{dx}\\text{softplus}(x)",
            "\\sigma(x)"),
        Arguments.of(table("softsign-derivative"), "softsign-derivative", "\\frac{d}{dx}\\text{softsign}(x)",
            "\\frac{1}{(1+|x|)^2}"),
        Arguments.of(FunctionDerivatives.CHAIN, "chain", "\\frac{d}{dx}\\ln(1+e^{x})",
            "\\frac{1}{1+e^{x}}\\frac{d}{dx}(1+e^{x})"),
        Arguments.of(FunctionDerivatives.CHAIN, "chain", "\\frac{d}{dx}(y - x)^2", "2(y-x)\\frac{d}{dx}(y-x)"),
        // definitions
        Arguments.of(unfold("\\sigma"), "definition", "\\sigma(2x)", "\\frac{1}{1+e^{-2x}}"),
        Arguments.of(unfold("\\operatorname{softplus}"), "definition", "\\text{softplus}(-x)", "\\ln(1+e^{-x})"),
        Arguments.of(unfold("\\tanh"), "definition", "\\tanh x", "\\frac{\\sinh x}{\\cosh x}"),
        Arguments.of(unfoldExp("\\tanh"), "definition", "\\tanh x", "\\frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}"),
        Arguments.of(DefinitionRules.PRIME_NOTATION, "prime-notation", "\\sigma'(x)", "\\frac{d}{dx}\\sigma(x)"),
        // algebra
        Arguments.of(AlgebraRules.ARITHMETIC, "arithmetic", "\\frac{1}{2}\\cdot 2 x", "x"),
        Arguments.of(AlgebraRules.COLLECT, "collect", "y\\sigma(a) + \\sigma(a) - y\\sigma(a) - y", "\\sigma(a) - y"),
        Arguments.of(AlgebraRules.EXPAND, "expand", "-y(1-s) + (1-y)s", "-y + ys + s - ys"),
        Arguments.of(AlgebraRules.PRODUCT_TO_POWER, "product-to-power", "\\cosh x \\cosh x", "\\cosh(x)^2"),
        Arguments.of(AlgebraRules.DISTRIBUTE, "expand", "a(b + c)", "ab + ac"),
        Arguments.of(FractionRules.COMBINE_FRACTIONS, "combine-fractions", "1 - \\frac{1}{1+e^{-x}}",
            "\\frac{1+e^{-x}-1}{1+e^{-x}}"),
        Arguments.of(FractionRules.MULTIPLY_FRACTIONS, "multiply-fractions", "\\frac{1}{u}\\cdot\\frac{v}{u}",
            "\\frac{v}{u u}"),
        Arguments.of(FractionRules.POWER_OF_FRACTION, "power-of-fraction", "\\left(\\frac{a}{b}\\right)^2",
            "\\frac{a^2}{b^2}"),
        Arguments.of(FractionRules.CANCEL, "cancel", "\\frac{y s (1-s)}{s}", "y(1-s)"),
        Arguments.of(FractionRules.COMPOUND_FRACTION, "compound-fraction", "\\frac{\\frac{a}{b}}{c}", "\\frac{a}{bc}"),
        Arguments.of(FractionRules.SPLIT_FRACTION, "split-fraction", "\\frac{a+b}{c}", "\\frac{a}{c}+\\frac{b}{c}"),
        Arguments.of(ExpLogRules.EXP_PRODUCT, "exp-product", "e^{x} e^{-x/2}", "e^{x/2}"),
        Arguments.of(ExpLogRules.MULTIPLY_BY_EX, "multiply-by-ex", "\\frac{1}{1+e^{-x}}", "\\frac{e^{x}}{e^{x}+1}"),
        Arguments.of(ExpLogRules.divideByExp(Tex.parse("a+c")), "multiply-by-ex",
            "\\frac{e^{a+c}}{e^{a+c}+e^{b+c}}", "\\frac{1}{1+e^{b-a}}"),
        Arguments.of(ExpLogRules.LOG_RECIPROCAL, "log-reciprocal", "\\ln\\frac{1}{1+e^{-x}}", "-\\ln(1+e^{-x})"),
        Arguments.of(ExpLogRules.LOG_EXP, "log-exp", "\\ln e^{x}", "x"),
        Arguments.of(ExpLogRules.EXP_LOG, "exp-log", "e^{\\ln y}", "y"),
        Arguments.of(ExpLogRules.LOG_QUOTIENT, "log-quotient", "\\ln a - \\ln b", "\\ln\\frac{a}{b}"),
        Arguments.of(ExpLogRules.LOG_OF_QUOTIENT, "log-of-quotient", "\\ln\\frac{a}{b}", "\\ln a - \\ln b"),
        Arguments.of(SignRules.ABS_NEG, "abs-neg", "|-x|", "|x|"),
        Arguments.of(IdentityRules.HYPERBOLIC, "hyperbolic-identity", "\\cosh^2(x) - \\sinh^2(x) + y", "1 + y"),
        Arguments.of(IdentityRules.PYTHAGOREAN, "pythagorean-identity", "\\cos^2(2x) + \\sin^2(2x)", "1"),
        Arguments.of(SignRules.X_SIGN_X, "x-sign-x", "x \\operatorname{sign}(x)", "|x|"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rules")
  void ruleRewritesItsInput(Rule rule, String id, String input, String expected) {
    assertEquals(id, rule.id());
    assertTrue(rule.justification().endsWith("."), "one sentence: " + rule.justification());
    Optional<Rewriter.Application> out = Rewriter.everywhere(rule, Tex.parse(input));
    assertTrue(out.isPresent(), id + " should apply to " + input);
    Expr want = Tidy.clean(Tex.parse(expected));
    Expr got = out.get().result();
    assertTrue(Ac.same(want, got), id + ": expected " + LatexPrinter.print(want) + ", got " + LatexPrinter.print(got));
  }

  static Stream<Arguments> nonMatches() {
    return Stream.of(
        Arguments.of(DerivativeRules.QUOTIENT, "\\frac{d}{dx}\\frac{1}{x}"),
        Arguments.of(DerivativeRules.PRODUCT, "\\frac{d}{dx}(2x)"),
        Arguments.of(FunctionDerivatives.CHAIN, "\\frac{d}{dx}\\sin x"),
        Arguments.of(FractionRules.MULTIPLY_FRACTIONS, "\\frac{1}{u}\\left(1 - \\frac{1}{u}\\right)"),
        Arguments.of(ExpLogRules.MULTIPLY_BY_EX, "\\frac{e^{-x}}{(1+e^{-x})^2}"),
        Arguments.of(AlgebraRules.COLLECT, "x + y"),
        Arguments.of(SignRules.X_SIGN_X, "y \\operatorname{sign}(x)"));
  }

  @ParameterizedTest(name = "{0} leaves {1} alone")
  @MethodSource("nonMatches")
  void ruleDoesNotApplyOutsideItsShape(Rule rule, String input) {
    assertTrue(Rewriter.everywhere(rule, Tex.parse(input)).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void signRulesUseTheSideConditions() {
    var facts = Facts.of(List.of(derivcheck.expr.Chain.of(new Var("x"), derivcheck.expr.Relation.GT,
        derivcheck.expr.Num.ZERO)));
    Rule abs = SignRules.withFacts(facts).get(0);
    assertEquals("abs-of-sign", abs.id());
    assertTrue(Ac.same(new Var("x"), Rewriter.everywhere(abs, Tex.parse("|x|")).orElseThrow().result()));
    assertTrue(Rewriter.everywhere(SignRules.withFacts(Facts.NONE).get(0), Tex.parse("|x|")).isEmpty());
  }

  @org.junit.jupiter.api.Test
  void chainRuleNamesTheSubstitution() {
    Expr d = Tex.parse("\\frac{d}{dx}\\ln(1+e^{x})");
    Note n = FunctionDerivatives.CHAIN.note(d);
    assertEquals("let", n.words());
    assertEquals("u", LatexPrinter.print(n.lhs()));
    assertEquals("1 + e^{x}", LatexPrinter.print(n.rhs()));
  }
}
