package derivcheck.parse;

import static derivcheck.parse.Trees.*;

import derivcheck.expr.BigOp;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Dots;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Relation;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notation beyond arithmetic (issue #3). */
class NotationTest {
  private static final Dots LOW = new Dots(Dots.Kind.LOW);

  @Test
  void sumsAndProducts() {
    same(new BigOp(BigOp.Kind.SUM, v("j"), n(1), v("n"), idx(v("x"), v("j"))), "\\sum_{j=1}^{n} x_j");
    same(new BigOp(BigOp.Kind.SUM, v("j"), null, null, mul(v("a"), v("b"))), "\\sum_j a \\cdot b");
    same(add(new BigOp(BigOp.Kind.SUM, v("j"), null, null, v("a")), v("b")), "\\sum_j a + b");
    same(new BigOp(BigOp.Kind.PROD, v("k"), n(0), add(v("n"), neg(n(1))), idx(v("x"), v("k"))),
        "\\prod_{k=0}^{n-1} x_k");
    same(new BigOp(BigOp.Kind.SUM, v("i"), null, null, new BigOp(BigOp.Kind.SUM, v("j"), null, null,
        idx(v("a"), v("i"), v("j")))), "\\sum_{i,j} a_{ij}");
  }

  @Test
  void optimaTakeTheRestOfTheExpression() {
    same(new Optimize(Optimize.Kind.MIN, Compare.of(v("k"), Relation.LE, v("K")), pow(v("a"), n(2))),
        "\\min_{k \\le K} a^2");
    same(new Optimize(Optimize.Kind.ARGMIN, v("\\mathbf{w}"), add(v("f"), v("g"))),
        "\\operatorname{argmin}_{\\mathbf{w}} f + g");
    same(new Optimize(Optimize.Kind.ARGMIN, v("w"), v("f")), "\\underset{w}{\\operatorname{argmin}} f");
    same(new Optimize(Optimize.Kind.ARGMAX, v("w"), v("f")), "\\arg\\max_w f");
    same(new Optimize(Optimize.Kind.MAX, v("x"), v("f")), "\\max_x f");
  }

  @Test
  void convolutionStars() {
    same(new Infix(Infix.Op.FULL_STAR, v("\\mathbf{x}"), v("\\mathbf{w}")), "\\mathbf{x} \\tilde{*} \\mathbf{w}");
    same(new Infix(Infix.Op.FULL_STAR, v("a"), v("b")), "a \\tilde\\ast b");
    same(new Infix(Infix.Op.CIRCULAR_STAR, v("\\mathbf{x}"), v("\\mathbf{w}")), "\\mathbf{x} \\circledast \\mathbf{w}");
    same(idx(new Infix(Infix.Op.FULL_STAR, v("\\mathbf{x}"), v("\\mathbf{w}")), v("n")),
        "(\\mathbf{x} \\tilde{*} \\mathbf{w})_n");
    same(v("\\tilde{w}"), "\\tilde{w}"); // the accent alone is still an accent
  }

  @Test
  void limits() {
    same(new Limit(v("x"), Const.INFINITY, div(n(1), v("x"))), "\\lim_{x\\to\\infty} \\frac{1}{x}");
  }

  @Test
  void normsAndBrackets() {
    same(pow(new Norm(v("\\mathbf{x}"), n(2)), n(2)), "\\|\\mathbf{x}\\|_2^2");
    same(new Norm(new Placeholder(), n(1)), "\\|\\cdot\\|_1");
    same(new Norm(v("x"), null), "\\left\\| x \\right\\|");
    same(new Norm(v("x"), null), "\\lVert x \\rVert");
    same(add(new Floor(v("x")), new Ceil(v("y"))), "\\lfloor x \\rfloor + \\lceil y \\rceil");
    same(new Inner(v("a"), v("b")), "\\langle a, b \\rangle");
  }

  @Test
  void gradients() {
    same(new Gradient(v("L"), v("\\mathbf{x}")), "\\nabla_{\\mathbf{x}} L");
    same(new Gradient(call("f", v("\\mathbf{w}^{(t)}")), null), "\\nabla f(\\mathbf{w}^{(t)})");
    same(mul(new Gradient(v("f"), null), v("v")), "\\nabla f \\cdot v");
    // like d/dx, the gradient takes the whole product after it
    same(new Gradient(mul(new Transpose(v("\\mathbf{x}")), v("\\mathbf{A}"), v("\\mathbf{x}")), v("\\mathbf{x}")),
        "\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top \\mathbf{A} \\mathbf{x}");
    same(add(new Gradient(mul(div(n(1), n(2)), pow(v("w"), n(2))), v("w")), n(1)), "\\nabla_w \\frac{1}{2} w^2 + 1");
  }

  @Test
  void transposes() {
    same(new Transpose(v("x")), "x^\\top");
    same(mul(v("\\mathbf{p}"), new Transpose(v("\\mathbf{p}"))), "\\mathbf{p}\\mathbf{p}^\\top");
    same(new Transpose(new Tuple(Tuple.Bracket.SQUARE, List.of(call("\\sigma", v("z")),
        add(n(1), neg(call("\\sigma", v("z"))))))), "[\\sigma(z), 1-\\sigma(z)]^\\top");
    same(new Transpose(new Tuple(Tuple.Bracket.SQUARE, List.of(v("a"), v("b")))), "[a, b]^T");
    same(new Transpose(v("x")), "(x)^{\\top}");
  }

  @Test
  void labelledTransposes() {
    same(new Transpose(v("\\mathbf{W}^{(2)}")), "\\mathbf{W}^{(2)\\top}");
    same(new Transpose(v("\\mathbf{W}^{(2)}")), "\\mathbf{W}^{(2)T}");
    same(new Transpose(pow(v("x"), n(2))), "x^{2\\top}");
  }

  @Test
  void elementwiseProductsAndUpdates() {
    same(new Infix(Infix.Op.HADAMARD, v("\\mathbf{a}"), call("\\cos", v("\\mathbf{b}"))),
        "\\mathbf{a} \\odot \\cos(\\mathbf{b})");
    same(new Infix(Infix.Op.OTIMES, v("a"), v("b")), "a \\otimes b");
    same(new Infix(Infix.Op.ASSIGN, v("\\theta"), add(v("\\theta"), neg(mul(v("\\eta"), v("g"))))),
        "\\theta \\leftarrow \\theta - \\eta g");
  }

  @Test
  void indicators() {
    same(new Indicator(Compare.of(v("i"), Relation.EQ, v("j"))), "\\mathbf{1}_{i=j}");
    same(new Indicator(new Infix(Infix.Op.IN, v("x"), v("S"))), "\\mathbf{1}_S(x)");
    same(new Indicator(Compare.of(v("k"), Relation.EQ, v("y"))), "\\mathbb{1}[k = y]");
    same(new Indicator(new Infix(Infix.Op.IN, v("x"), new SetLit(List.of(Compare.of(v("x"), Relation.GT, n(0)))))),
        "\\mathbf{1}_{\\{x>0\\}}(x)");
  }

  @Test
  void matrices() {
    same(new MatrixLit("bmatrix", List.of(List.of(v("a"), v("b")), List.of(v("c"), v("d")))),
        "\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}");
    same(new MatrixLit("pmatrix", List.of(List.of(v("x")), List.of(new Dots(Dots.Kind.VERTICAL)), List.of(v("y")))),
        "\\begin{pmatrix} x \\\\ \\vdots \\\\ y \\\\ \\end{pmatrix}");
    same(new MatrixLit("bmatrix", List.of(List.of(n(0), Num.ZERO, n(1)), List.of(n(1), Num.ZERO, Num.ZERO))),
        "\\begin{bmatrix} 0 & & 1 \\\\ 1 \\end{bmatrix}");
  }

  @Test
  void cases() {
    same(new Cases(List.of(v("x"), neg(v("x"))),
            List.of(Compare.of(v("x"), Relation.GE, n(0)), new Text("otherwise"))),
        "\\begin{cases} x & \\text{if } x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}");
  }

  @Test
  void aConditionAfterIfMayStartWithASign() {
    same(new Cases(List.of(n(0), v("x")), List.of(
            new Compare(List.of(neg(n(1)), v("x"), n(1)), List.of(Relation.LT, Relation.LT)),
            Compare.of(add(v("x"), neg(n(2))), Relation.GT, n(0)))),
        "\\begin{cases} 0 & \\text{if } -1 < x < 1 \\\\ x & \\text{if } +x - 2 > 0 \\end{cases}");
  }

  @Test
  void aBracedArrayIsCases() {
    same(new Cases(List.of(v("x"), neg(v("x"))), List.of(Compare.of(v("x"), Relation.GE, n(0)), new Text("otherwise"))),
        "\\left\\{ \\begin{array}{ll} x & \\text{if } x \\ge 0 \\\\ -x & \\text{otherwise} \\end{array} \\right.");
    same(pow(add(v("x"), n(1)), n(2)), "\\left. x + 1 \\right. ^2");
  }

  @Test
  void setsTuplesAndStatements() {
    same(new Infix(Infix.Op.IN, v("i"), new SetLit(List.of(n(1), LOW, add(v("K"), neg(n(1)))))),
        "i \\in \\{1, \\dots, K-1\\}");
    same(new Tuple(Tuple.Bracket.PAREN, List.of(idx(v("a"), n(0)), LOW, idx(v("a"), add(v("n"), neg(n(1)))))),
        "(a_0, \\dots, a_{n-1})");
    same(new Infix(Infix.Op.COLON, v("f"), new Infix(Infix.Op.TO, pow(v("\\mathbb{R}"), v("\\ell")),
        pow(v("\\mathbb{R}"), v("m")))), "f : \\mathbb{R}^\\ell \\rightarrow \\mathbb{R}^m");
    same(new Infix(Infix.Op.COMPOSE, new Infix(Infix.Op.COMPOSE, v("h"), v("g")), v("f")), "h \\circ g \\circ f");
    same(new Infix(Infix.Op.MAPSTO, v("x"), call("\\sigma", v("x"))), "x \\mapsto \\sigma(x)");
    same(new Infix(Infix.Op.PROPTO, v("a"), div(n(1), v("T"))), "a \\propto \\frac{1}{T}");
    same(new ForAll(new Infix(Infix.Op.IN, v("x"), v("S"))), "\\forall x \\in S");
    same(idx(v("w"), new Infix(Infix.Op.MOD, add(v("i"), neg(v("k"))), v("n"))), "w_{(i-k) \\bmod n}");
    same(idx(new Infix(Infix.Op.STAR, v("\\mathbf{x}"), v("\\mathbf{w}")), v("i")), "(\\mathbf{x} * \\mathbf{w})_i");
  }

  @Test
  void ellipsesInSumsAndProducts() {
    same(add(idx(v("x"), n(1)), LOW, idx(v("x"), v("n"))), "x_1 + \\dots + x_n");
    same(mul(idx(v("x"), n(1)), new Dots(Dots.Kind.CENTER), idx(v("x"), v("n"))), "x_1 \\cdots x_n");
  }
}
