package derivcheck.parse;

import static derivcheck.parse.Trees.*;

import derivcheck.expr.Const;
import derivcheck.expr.Transpose;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void decoratedNamesAreOneVariable() {
    same(v("\\mathbf{x}"), "\\mathbf{x}");
    same(v("\\mathbf{x}"), "\\mathbf x");
    same(v("\\boldsymbol{\\theta}"), "\\boldsymbol{\\theta}");
    same(v("\\boldsymbol{x}"), "\\bm{x}");
    same(v("\\hat{y}"), "\\hat{y}");
    same(v("\\hat{y}"), "\\widehat y");
    same(v("\\tilde{\\omega}"), "\\tilde{\\omega}");
    same(v("\\bar{w}"), "\\bar{w}");
    same(v("\\bar{\\mathbf{w}}"), "\\overline{\\mathbf{w}}");
    same(v("\\vec{v}"), "\\vec{v}");
    same(v("\\mathbb{R}"), "\\mathbb{R}");
  }

  @Test
  void starAndParenthesizedSuperscriptsAreLabels() {
    same(v("w^{*}"), "w^*");
    same(v("w^{*}"), "w^{*}");
    same(v("w^{(t)}"), "w^{(t)}");
    same(v("w^{(t+1)}"), "w^{( t + 1 )}");
    same(v("\\mathbf{W}^{(1)}"), "\\mathbf{W}^{(1)}");
  }

  @Test
  void aLetterSuperscriptLabelsOnlyBoldNames() {
    same(v("\\mathbf{h}^{a}"), "\\mathbf{h}^a");
    same(v("\\mathbf{o}^{s}"), "\\mathbf{o}^{s}");
    same(pow(v("x"), v("a")), "x^a");
    same(new Transpose(v("\\mathbf{x}")), "\\mathbf{x}^T");
    same(pow(v("x"), v("T")), "x^T");
    same(pow(v("\\mathbf{x}"), n(2)), "\\mathbf{x}^2");
  }

  @Test
  void subscriptsAreIndices() {
    same(idx(v("x"), n(1)), "x_1");
    same(idx(v("x"), v("i")), "x_i");
    same(idx(v("x"), add(v("i"), n(1))), "x_{i+1}");
    same(idx(v("W"), v("k"), v("j")), "W_{kj}");
    same(idx(v("W"), v("k"), v("j")), "W_{k,j}");
    same(idx(v("x"), mul(n(2), v("i"))), "x_{2i}");
    // letters then one digit: one index each (a bias column), never a product
    same(idx(v("\\omega^{(1)}"), v("j"), n(0)), "\\omega^{(1)}_{j0}");
    same(idx(v("W"), v("i"), v("j"), n(1)), "W_{ij1}");
    same(idx(v("x"), n(10)), "x_{10}");
    same(idx(v("\\mathbf{x}"), v("j")), "\\mathbf{x}_j");
    same(idx(call("S", v("\\mathbf{x}")), v("i")), "S(\\mathbf{x})_i");
    same(idx(v("\\mathbf{W}^{(2)}"), v("k"), v("j")), "\\mathbf{W}_{kj}^{(2)}");
    same(idx(v("\\mathbf{h}^{a}"), v("j")), "\\mathbf{h}_j^a");
    same(pow(idx(v("\\mathbf{x}"), v("i")), n(2)), "\\mathbf{x}_i^2");
    same(idx(v("\\theta"), idx(v("n"), v("\\theta"))), "\\theta_{n_\\theta}");
  }

  @Test
  void textSubscriptsArePartOfTheName() {
    same(v("x_{\\text{max}}"), "x_{\\text{max}}");
    same(v("A_{\\text{modified}}"), "A_{\\mathrm{modified}}");
    same(v("P_{\\text{reverse}}"), "P_{reverse}");
    same(v("F_{*}"), "F_*");
  }

  @Test
  void eIsEulerUnlessSubscripted() {
    same(pow(Const.E, v("x")), "e^x");
    same(idx(v("e"), v("k")), "e_k");
    same(Const.E, "\\mathrm{e}");
  }

  @Test
  void primesOnOtherNamesArePartOfTheName() {
    same(v("x'"), "x'");
  }
}
