package derivcheck.render;

import static derivcheck.render.Trees.A;
import static derivcheck.render.Trees.B;
import static derivcheck.render.Trees.X;
import static derivcheck.render.Trees.Y;
import static derivcheck.render.Trees.add;
import static derivcheck.render.Trees.call;
import static derivcheck.render.Trees.cmp;
import static derivcheck.render.Trees.div;
import static derivcheck.render.Trees.idx;
import static derivcheck.render.Trees.infix;
import static derivcheck.render.Trees.mul;
import static derivcheck.render.Trees.n;
import static derivcheck.render.Trees.neg;
import static derivcheck.render.Trees.pow;
import static derivcheck.render.Trees.sigma;
import static derivcheck.render.Trees.square;
import static derivcheck.render.Trees.sub;
import static derivcheck.render.Trees.sum;
import static derivcheck.render.Trees.tr;
import static derivcheck.render.Trees.tuple;
import static derivcheck.render.Trees.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import derivcheck.expr.BigO;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Chain;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix.Op;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Relation;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** LaTeX of the notation records: the exact text, and that the parser reads it back as the same tree. */
class LatexPrinterNotationTest {
  private static final LatexParser PARSER = new LatexParser(ParseOptions.defaults());
  private static final Expr P = v("\\mathbf{p}");
  private static final Expr BOLD_X = v("\\mathbf{x}");
  private static final Expr S = v("S");
  private static final Dots LOW = new Dots(Dots.Kind.LOW);

  private static void prints(String expected, Expr e) {
    assertEquals(expected, LatexPrinter.print(e), () -> TextForm.print(e));
    try {
      assertEquals(TextForm.print(e), TextForm.print(PARSER.parseExpr(expected)), "read back from " + expected);
    } catch (ParseError err) {
      fail("cannot read back " + expected + ": " + err.getMessage());
    }
  }

  @Nested
  class Transposes {
    @Test
    void namesCallsAndBrackets() {
      prints("\\mathbf{p} \\mathbf{p}^{\\top}", mul(P, tr(P)));
      prints("x^{\\top}", tr(X));
      prints("\\sigma(z)^{\\top}", tr(sigma(v("z"))));
      prints("x_{i}^{\\top}", tr(idx(X, v("i"))));
      prints("[a, b]^{\\top}", tr(square(A, B)));
      prints("\\begin{bmatrix} a \\\\ b \\end{bmatrix}^{\\top}",
          tr(new MatrixLit("bmatrix", List.of(List.of(A), List.of(B)))));
    }

    @Test
    void aLabelledNameTakesTheTransposeInsideItsLabel() {
      prints("\\mathbf{W}^{(2)\\top}", tr(v("\\mathbf{W}^{(2)}")));
      prints("\\left(w^{*}\\right)^{\\top}", tr(v("w^{*}")));
    }

    @Test
    void powersSumsAndTransposesAreGrouped() {
      prints("\\left(x^{2}\\right)^{\\top}", tr(pow(X, n(2))));
      prints("\\left(x^{\\top}\\right)^{\\top}", tr(tr(X)));
      prints("\\left(a + b\\right)^{\\top}", tr(add(A, B)));
      prints("(-x)^{\\top}", tr(neg(X)));
      prints("\\left(\\frac{d}{dx} y\\right)^{\\top}", tr(Trees.d(Y, X)));
    }

    @Test
    void aCallHeadBeforeATransposedFactorKeepsItsCdot() {
      prints("f^{\\top} \\cdot \\left(x + 1\\right)", mul(tr(v("f")), add(X, n(1))));
    }
  }

  @Nested
  class ListsAndBrackets {
    @Test
    void tuples() {
      prints("(a, b)", tuple(A, B));
      prints("[\\sigma(z), 1 - \\sigma(z)]", square(sigma(v("z")), sub(n(1), sigma(v("z")))));
      prints("\\left(\\frac{1}{2}, x\\right)", tuple(div(n(1), n(2)), X));
      prints("(x > 0, y)", tuple(cmp(X, Relation.GT, n(0)), Y));
      prints("x (a, b)", mul(X, tuple(A, B)));
      prints("f \\cdot (a, b)", mul(v("f"), tuple(A, B)));
      prints("(a, b)^{2}", pow(tuple(A, B), n(2)));
      prints("(a, b)_{i}", idx(tuple(A, B), v("i")));
    }

    @Test
    void aNameUnderAParenthesizedExponentIsGroupedSoTheExponentIsNotALabel() {
      prints("(x)^{(a, b)}", pow(X, tuple(A, B)));
      prints("(e)^{(a, b)}", pow(Const.E, tuple(A, B)));
      prints("(x_{i})^{(a = b) = c}", pow(idx(X, v("i")), cmp(cmp(A, Relation.EQ, B), Relation.EQ, v("c"))));
      prints("\\sigma(x)^{(a, b)}", pow(sigma(X), tuple(A, B)));
    }

    @Test
    void sets() {
      prints("\\{1, \\dots, K - 1\\}", new SetLit(List.of(n(1), LOW, sub(v("K"), n(1)))));
      prints("\\{\\}", new SetLit(List.of()));
      prints("\\{x > 0\\}", new SetLit(List.of(cmp(X, Relation.GT, n(0)))));
      prints("\\left\\{\\frac{1}{2}\\right\\}", new SetLit(List.of(div(n(1), n(2)))));
      prints("i \\in \\{1, \\dots, m\\}", infix(Op.IN, v("i"), new SetLit(List.of(n(1), LOW, v("m")))));
    }

    @Test
    void normsFloorsCeilingsInnerProducts() {
      prints("\\left\\|\\mathbf{x}\\right\\|_{2}^{2}", pow(new Norm(BOLD_X, n(2)), n(2)));
      prints("\\left\\|x - y\\right\\|", new Norm(sub(X, Y), null));
      prints("\\left\\|\\cdot\\right\\|_{1}", new Norm(new Placeholder(), n(1)));
      prints("\\left\\|(x \\in S)\\right\\|", new Norm(infix(Op.IN, X, S), null));
      prints("\\lfloor x \\rfloor + \\lceil y \\rceil", add(new Floor(X), new Ceil(Y)));
      prints("\\left\\lfloor \\frac{n}{2} \\right\\rfloor", new Floor(div(v("n"), n(2))));
      prints("\\langle a, b \\rangle", new Inner(A, B));
      prints("\\langle \\cdot, x = y \\rangle", new Inner(new Placeholder(), cmp(X, Relation.EQ, Y)));
      prints("\\left\\langle \\frac{1}{2}, x \\right\\rangle", new Inner(div(n(1), n(2)), X));
    }

    @Test
    void placeholdersAsArguments() {
      prints("f(\\cdot)", call("f", new Placeholder()));
      prints("\\{\\cdot\\}", new SetLit(List.of(new Placeholder())));
    }

    @Test
    void dots() {
      prints("x_{1} + \\dots + x_{n}", add(idx(X, n(1)), LOW, idx(X, v("n"))));
      prints("x_{1} \\cdots x_{n}", mul(idx(X, n(1)), new Dots(Dots.Kind.CENTER), idx(X, v("n"))));
      prints("\\cdots \\cdot 2", mul(new Dots(Dots.Kind.CENTER), n(2)));
      prints("\\begin{pmatrix} x \\\\ \\vdots \\\\ \\ddots \\end{pmatrix}", new MatrixLit("pmatrix",
          List.of(List.of(X), List.of(new Dots(Dots.Kind.VERTICAL)), List.of(new Dots(Dots.Kind.DIAGONAL)))));
    }
  }

  @Nested
  class Environments {
    @Test
    void matrices() {
      prints("\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}",
          new MatrixLit("bmatrix", List.of(List.of(A, B), List.of(v("c"), v("d")))));
      prints("\\begin{array}{cc} a & 0 \\end{array}", new MatrixLit("array", List.of(List.of(A, n(0)))));
      prints("\\begin{pmatrix} (a, b) & x < 1 \\end{pmatrix}",
          new MatrixLit("pmatrix", List.of(List.of(tuple(A, B), cmp(X, Relation.LT, n(1))))));
      prints("\\begin{pmatrix} a \\end{pmatrix}^{2}", pow(new MatrixLit("pmatrix", List.of(List.of(A))), n(2)));
      prints("\\left(\\begin{matrix} a \\end{matrix}\\right)^{2}",
          pow(new MatrixLit("matrix", List.of(List.of(A))), n(2)));
    }

    @Test
    void cases() {
      var golden = new Cases(
          List.of(X, neg(X)),
          List.of(cmp(X, Relation.GE, n(0)), new Text("otherwise")));
      prints("\\begin{cases} x & \\text{if } x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}", golden);
      prints("\\begin{cases} 0 & \\text{if } -1 < x < 1 \\end{cases}", new Cases(List.of(n(0)),
          List.of(new Compare(List.of(neg(n(1)), X, n(1)), List.of(Relation.LT, Relation.LT)))));
      prints("\\begin{cases} 1 & \\text{if } x \\in S \\end{cases}",
          new Cases(List.of(n(1)), List.of(infix(Op.IN, X, S))));
    }

    @Test
    void aConditionStartingWithAQuantifierIsGrouped() {
      prints("\\begin{cases} 1 & \\text{if } (\\forall i) \\end{cases}",
          new Cases(List.of(n(1)), List.of(new ForAll(v("i")))));
      prints("\\begin{cases} 1 & \\text{if } (\\forall i = 0) \\end{cases}",
          new Cases(List.of(n(1)), List.of(cmp(new ForAll(v("i")), Relation.EQ, n(0)))));
    }

    @Test
    void textIsEscaped() {
      assertEquals("\\text{50\\% \\& more}", LatexPrinter.print(new Text("50% & more")));
    }
  }

  @Nested
  class Operators {
    @Test
    void gradients() {
      prints("\\nabla f(\\mathbf{x})", new Gradient(call("f", BOLD_X), null));
      prints("\\nabla_{\\mathbf{x}} L", new Gradient(v("L"), BOLD_X));
      prints("\\nabla \\left(a + b\\right)", new Gradient(add(A, B), null));
      prints("\\nabla (x y)", new Gradient(mul(X, Y), null));
      prints("(\\nabla f) \\cdot v", mul(new Gradient(v("f"), null), v("v")));
      prints("(\\nabla f)^{2}", pow(new Gradient(v("f"), null), n(2)));
    }

    @Test
    void limitsTakeTheRestOfTheTerm() {
      prints("\\lim_{x \\to \\infty} \\frac{1}{x}", new Limit(X, Const.INFINITY, div(n(1), X)));
      prints("\\lim_{x \\to 0} \\left(1 + x\\right)", new Limit(X, n(0), add(n(1), X)));
      prints("\\lim_{x \\to 0} x + 1", add(new Limit(X, n(0), X), n(1)));
      prints("\\left(\\lim_{x \\to 0} x\\right) y", mul(new Limit(X, n(0), X), Y));
      prints("\\lim_{x \\to a \\to b} x", new Limit(X, infix(Op.TO, A, B), X));
      prints("\\lim_{x \\to (a : b)} x", new Limit(X, infix(Op.COLON, A, B), X));
    }

    @Test
    void optimaTakeTheRestOfTheExpression() {
      prints("\\min_{k \\le K} a^{2}", new Optimize(Optimize.Kind.MIN, cmp(v("k"), Relation.LE, v("K")), pow(A, n(2))));
      prints("\\operatorname{argmin}_{\\mathbf{w}} L(\\mathbf{w})",
          new Optimize(Optimize.Kind.ARGMIN, v("\\mathbf{w}"), call("L", v("\\mathbf{w}"))));
      prints("\\max_{i, x} f", new Optimize(Optimize.Kind.MAX, tuple(v("i"), X), v("f")));
      prints("\\sup_{x} f + g", new Optimize(Optimize.Kind.SUP, X, add(v("f"), v("g"))));
      prints("(\\inf_{x} f) + g", add(new Optimize(Optimize.Kind.INF, X, v("f")), v("g")));
      prints("g + \\inf_{x} f", add(v("g"), new Optimize(Optimize.Kind.INF, X, v("f"))));
      prints("-(\\min_{x} f) + 1", add(neg(new Optimize(Optimize.Kind.MIN, X, v("f"))), n(1)));
      prints("1 - (\\min_{x} f) + 1",
          add(n(1), neg(new Optimize(Optimize.Kind.MIN, X, v("f"))), n(1)));
      prints("\\operatorname{argmax}_{x} f \\in S",
          infix(Op.IN, new Optimize(Optimize.Kind.ARGMAX, X, v("f")), S));
    }

    @Test
    void anOptimumWithoutRangeCannotBeWrittenSoItPrintsReadably() {
      assertEquals("\\max f", LatexPrinter.print(new Optimize(Optimize.Kind.MAX, null, v("f"))));
    }

    @Test
    void bigOIndicatorsQuantifiers() {
      prints("O(n)", new BigO(v("n")));
      prints("O\\left(\\frac{1}{\\sqrt{T}}\\right)", new BigO(div(n(1), call("\\sqrt", v("T")))));
      prints("n O(n)", mul(v("n"), new BigO(v("n"))));
      prints("\\mathbf{1}_{i = j}", new Indicator(cmp(v("i"), Relation.EQ, v("j"))));
      prints("\\mathbf{1}_{x \\in S}", new Indicator(infix(Op.IN, X, S)));
      prints("S(\\mathbf{x})_{i} \\mathbf{1}_{i = j}",
          mul(idx(call("S", BOLD_X), v("i")), new Indicator(cmp(v("i"), Relation.EQ, v("j")))));
      prints("\\forall x \\in S", new ForAll(infix(Op.IN, X, S)));
      prints("\\forall (x \\neq 0)", new ForAll(cmp(X, Relation.NE, n(0))));
      prints("(\\forall x) + 1", add(new ForAll(X), n(1)));
    }

    @Test
    void comparisonsAreGroupedWhereTheParserReadsNoRelation() {
      prints("(x > 0) + 1", add(cmp(X, Relation.GT, n(0)), n(1)));
      prints("\\frac{(a = b)}{2}", div(cmp(A, Relation.EQ, B), n(2)));
      prints("\\sqrt{(a \\approx b)}", call("\\sqrt", cmp(A, Relation.APPROX, B)));
      prints("\\sigma(a := b)", sigma(cmp(A, Relation.DEFINES, B)));
      assertEquals("0 < x \\le 1", LatexPrinter.print(
          new Compare(List.of(n(0), X, n(1)), List.of(Relation.LT, Relation.LE))));
      assertEquals("a = (b < x)", LatexPrinter.print(Chain.of(A, Relation.EQ, cmp(B, Relation.LT, X))));
    }
  }

  @Nested
  class BinaryOperators {
    @Test
    void productLevelOperatorsGroupLeftToRight() {
      prints("h \\circ g \\circ f", infix(Op.COMPOSE, infix(Op.COMPOSE, v("h"), v("g")), v("f")));
      prints("h \\circ (g \\circ f)", infix(Op.COMPOSE, v("h"), infix(Op.COMPOSE, v("g"), v("f"))));
      prints("\\mathbf{x} * \\mathbf{w}", infix(Op.STAR, BOLD_X, v("\\mathbf{w}")));
      prints("(\\mathbf{x} * \\mathbf{w})_{i}", idx(infix(Op.STAR, BOLD_X, v("\\mathbf{w}")), v("i")));
      prints("\\mathbf{a} \\odot \\cos(\\mathbf{b})",
          infix(Op.HADAMARD, v("\\mathbf{a}"), call("\\cos", v("\\mathbf{b}"))));
      prints("a \\otimes b", infix(Op.OTIMES, A, B));
      prints("\\left(i - k\\right) \\bmod n", infix(Op.MOD, sub(v("i"), v("k")), v("n")));
    }

    @Test
    void againstProductsSumsAndSigns() {
      prints("a b * x", infix(Op.STAR, mul(A, B), X));
      prints("a * (b x)", infix(Op.STAR, A, mul(B, X)));
      prints("(a * b) x", mul(infix(Op.STAR, A, B), X));
      prints("x (a * b)", mul(X, infix(Op.STAR, A, B)));
      prints("a * b + x", add(infix(Op.STAR, A, B), X));
      prints("-a * b", neg(infix(Op.STAR, A, B)));
      prints("(-a) * b", infix(Op.STAR, neg(A), B));
      prints("a * (-b)", infix(Op.STAR, A, neg(B)));
      prints("\\left(a + b\\right) \\circ x", infix(Op.COMPOSE, add(A, B), X));
      prints("\\frac{a}{b} * x", infix(Op.STAR, div(A, B), X));
    }

    @Test
    void anOperatorAfterATermPrefixIsNotSwallowed() {
      var j = v("j");
      prints("\\left(\\sum_{j} x_{j}\\right) * w", infix(Op.STAR, sum(j, null, null, idx(X, j)), v("w")));
      prints("w * \\sum_{j} x_{j}", infix(Op.STAR, v("w"), sum(j, null, null, idx(X, j))));
      prints("\\left(\\frac{d}{dx} y\\right) \\odot x", infix(Op.HADAMARD, Trees.d(Y, X), X));
      prints("(\\min_{x} f) * y", infix(Op.STAR, new Optimize(Optimize.Kind.MIN, X, v("f")), Y));
    }

    @Test
    void statementsHaveTheirOwnLevels() {
      prints("f : \\mathbb{R}^{n} \\to \\mathbb{R}",
          infix(Op.COLON, v("f"), infix(Op.TO, pow(v("\\mathbb{R}"), v("n")), v("\\mathbb{R}"))));
      prints("A \\to B \\to C", infix(Op.TO, v("A"), infix(Op.TO, v("B"), v("C"))));
      prints("(A \\to B) \\to C", infix(Op.TO, infix(Op.TO, v("A"), v("B")), v("C")));
      prints("x \\in S \\in T", infix(Op.IN, infix(Op.IN, X, S), v("T")));
      prints("x \\in (S \\in T)", infix(Op.IN, X, infix(Op.IN, S, v("T"))));
      prints("\\mathbf{x} \\in \\mathbb{R}^{n} \\mapsto S(\\mathbf{x})", infix(Op.MAPSTO,
          infix(Op.IN, BOLD_X, pow(v("\\mathbb{R}"), v("n"))), call("S", BOLD_X)));
      prints("\\theta \\leftarrow \\theta - \\eta g",
          infix(Op.ASSIGN, v("\\theta"), sub(v("\\theta"), mul(v("\\eta"), v("g")))));
      prints("a \\propto \\frac{1}{T}", infix(Op.PROPTO, A, div(n(1), v("T"))));
      prints("x \\notin S \\subseteq T", infix(Op.SUBSETEQ, infix(Op.NOTIN, X, S), v("T")));
      prints("(x \\in S) + 1", add(infix(Op.IN, X, S), n(1)));
      prints("-(x \\in S)", neg(infix(Op.IN, X, S)));
      prints("(f : A) : B", infix(Op.COLON, infix(Op.COLON, v("f"), v("A")), v("B")));
      prints("f : (A : B)", infix(Op.COLON, v("f"), infix(Op.COLON, v("A"), v("B"))));
    }
  }
}
