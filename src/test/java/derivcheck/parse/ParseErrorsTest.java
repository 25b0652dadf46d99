package derivcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input gets one message in words, at the right column. */
class ParseErrorsTest {
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("x +", "1:4: expected an expression after '+'"),
        Arguments.of("x -", "1:4: expected an expression after '-'"),
        Arguments.of("x \\cdot", "1:8: expected an expression after '\\cdot'"),
        Arguments.of("x =", "1:4: expected an expression after '='"),
        Arguments.of("x = = y", "1:5: expected an expression after '=', found '='"),
        Arguments.of("x + * y", "1:5: expected an expression after '+', found '*'"),
        Arguments.of("x \\in", "1:6: expected an expression after '\\in'"),
        Arguments.of("x^", "1:3: expected an exponent after '^'"),
        Arguments.of("x_", "1:3: expected a subscript after '_'"),
        Arguments.of("e^-x", "1:3: a signed exponent needs braces, as in ^{-1}"),
        Arguments.of("x^2^3", "1:4: double superscript: use braces, as in x^{a^{b}}"),
        Arguments.of("x_1_2", "1:4: double subscript: use braces, as in x_{i_{j}}"),
        Arguments.of("\\frac{1}{", "1:9: unbalanced '{': missing '}'"),
        Arguments.of("\\frac{1}", "1:9: '\\frac' needs two arguments, as in \\frac{a}{b}"),
        Arguments.of("\\left( x", "1:1: unbalanced '\\left(': missing '\\right)'"),
        Arguments.of("\\left( x )", "1:10: '\\left(' must be closed by '\\right)', found ')'"),
        Arguments.of("\\left( x \\right]", "1:10: '\\left(' is closed by '\\right]'"),
        Arguments.of("\\right)", "1:1: unexpected '\\right)' without a matching '\\left('"),
        Arguments.of("\\left\\{ x \\right.", "1:11: '\\left\\{ ... \\right.' is only understood around an array of"
            + " cases; a piecewise definition is written \\begin{cases} ... \\end{cases}"),
        Arguments.of("\\left. f \\right|", "1:10: '\\left. ... \\right|' is an evaluation bar only with the point below"
            + " it, as in \\left. f \\right|_{x=0}"),
        Arguments.of("\\left[ 0, 1 \\right)", "1:13: '\\left[' is closed by '\\right)'"),
        Arguments.of("(x", "1:1: unbalanced '(': missing ')'"),
        Arguments.of(")", "1:1: unexpected ')' without a matching '('"),
        Arguments.of("[x)", "1:3: '[' is closed by ')'"),
        Arguments.of("|x", "1:1: unbalanced '|': missing '|'"),
        Arguments.of("f()", "1:3: nothing between '(' and ')'"),
        Arguments.of("\\sqrt{}", "1:7: nothing between '{' and '}'"),
        Arguments.of("2..3", "1:1: malformed number '2..3'"),
        Arguments.of("2 3", "1:3: missing operator between '2' and '3'"),
        Arguments.of("x # y", "1:3: unexpected character '#'"),
        Arguments.of("$x$", "1:1: '$' (a math delimiter) inside the formula"),
        Arguments.of("n!", "1:2: the factorial '!' is not supported"),
        Arguments.of("\\foo x", "1:1: unknown command '\\foo'"),
        Arguments.of("\\int x dx", "1:1: integrals are not supported"),
        Arguments.of("a \\pm b", "1:3: '\\pm' is not supported: write the two cases separately"),
        Arguments.of("\\sin", "1:1: '\\sin' needs an argument"),
        Arguments.of("\\sin^{-1}(x)", "1:6: inverse-function notation '\\sin^{-1}' is not supported"),
        Arguments.of("\\sigma' + 1", "1:1: '\\sigma'' needs an argument in parentheses, as in \\sigma'(x)"),
        Arguments.of("\\max", "1:5: '\\max' needs arguments, as in \\max(a, b), or a range, as in \\max_{x}"),
        Arguments.of("\\frac{d}{dx}", "1:1: the derivative '\\frac{d}{dx}' has nothing to differentiate after it"),
        Arguments.of("\\frac{d}{dx} + 1", "1:1: the derivative '\\frac{d}{dx}' has nothing to differentiate after it"),
        Arguments.of("\\frac{\\partial^2 f}{\\partial x}",
            "1:1: derivative order mismatch: the numerator says 2, the denominator 1"),
        Arguments.of("\\frac{f}{\\partial x}",
            "1:6: a derivative needs '\\partial' in the numerator too, as in \\frac{\\partial f}{\\partial x}"),
        Arguments.of("\\partial x",
            "1:1: '\\partial' is only understood in a derivative, as in \\frac{\\partial f}{\\partial x}"),
        Arguments.of("\\sum x", "1:1: '\\sum' needs an index below it, as in \\sum_{i=1}^{n}"),
        Arguments.of("\\sum_{i=1} x_i", "1:1: '\\sum' with a lower bound needs an upper bound, as in \\sum_{i=1}^{n}"),
        Arguments.of("\\sum_{i=1}^{n}", "1:1: '\\sum' needs an expression after it"),
        Arguments.of("\\lim x", "1:1: '\\lim' needs its limit point below it, as in \\lim_{x \\to 0}"),
        Arguments.of("\\langle a \\rangle", "1:1: '\\langle ... \\rangle' needs two entries separated by ',', found 1"),
        Arguments.of("\\begin{pmatrix} 1 \\end{bmatrix}", "1:19: '\\begin{pmatrix}' is closed by '\\end{bmatrix}'"),
        Arguments.of("\\begin{align} x \\end{align}", "1:1: environment 'align' is not supported inside a formula"),
        Arguments.of("\\begin{cases} 1 \\\\ 2 \\end{cases}",
            "1:15: each case needs a value and a condition separated by '&'"),
        Arguments.of("a \\\\ b", "1:3: a line break '\\\\' inside a formula: give one row at a time"),
        Arguments.of("a, b", "1:2: a list separated by ',' is not one formula"),
        Arguments.of("x \\quad \\text{for } y", "1:21: expected a side condition such as 'x > 0' after '\\quad'"),
        Arguments.of("\\text{hello", "1:1: '\\text' needs a braced argument, as in \\text{word}"),
        Arguments.of("x = (\\text{by the rule})", "1:6: text '\\text{by the rule}' inside a formula: put words after"
            + " the formula, as in \\quad \\text{(note)}"),
        Arguments.of("f(\\cdot) + (\\cdot)",
            "1:12: '\\cdot' as an argument slot needs a function before it, as in f(\\cdot)"),
        Arguments.of("x^{0.5", "1:3: unbalanced '{': missing '}'"),
        Arguments.of("x^0.5", "1:3: '^' without braces takes one character: write ^{0.5}"),
        Arguments.of("", "1:1: empty formula"),
        Arguments.of("  .", "1:1: empty formula"),
        Arguments.of("a\n  + ", "2:4: expected an expression after '+'"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformed")
  void saysWhatIsWrongAndWhere(String src, String message) {
    assertEquals(message, Trees.error(src));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformed")
  void parseExprFailsToo(String src, String ignored) {
    org.junit.jupiter.api.Assertions.assertThrows(ParseError.class, () -> Trees.PARSER.parseExpr(src));
  }

  @org.junit.jupiter.api.Test
  void aRelationIsNotAnExpression() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(ParseError.class, () -> Trees.PARSER.parseExpr("x = y"));
    assertEquals("1:3: unexpected relation '=': expected a single expression", e.getMessage());
  }
}
