package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;

/**
 * {@code \frac}: a quotient, or a derivative when the denominator reads {@code d x} or {@code \partial x} (each
 * variable possibly with an integer power, {@code dx^2}; several for mixed partials) and the numerator starts with
 * {@code d}, {@code \mathrm{d}} or {@code \partial} (possibly {@code d^2}). What follows the mark in the numerator is
 * the body ({@code \frac{\partial L}{\partial a}}); with nothing after it ({@code \frac{d}{dx}}) the fraction is an
 * operator whose body is the rest of the term.
 */
final class DerivativeReader {
  private enum Mark { D, PARTIAL }

  /** One {@code \partial x^n} of a denominator. */
  private record Step(Expr var, int order) {}

  private record Numerator(Mark mark, int order, List<FactorContext> body) {}

  private final TreeBuilder b;

  DerivativeReader(TreeBuilder b) {
    this.b = b;
  }

  Piece frac(FracContext p, Piece.Scripts s, FactorContext f) {
    Mark denMark = denominatorMark(p.den);
    List<Step> steps = denMark == null ? null : steps(p.den, denMark);
    Numerator num = steps == null ? null : numerator(p.num);
    if (num == null) {
      if (denMark == Mark.PARTIAL) {
        throw ParseFailure.at(p.num, "a derivative needs '\\partial' in the numerator too, as in "
            + "\\frac{\\partial f}{\\partial x}");
      }
      Expr quotient = new Div(arg(p.num), arg(p.den));
      return new Piece.Operand(b.scripts.apply(quotient, s, false, f), f);
    }
    if (num.mark() != denMark) throw ParseFailure.at(p, "a derivative mixes 'd' and '\\partial'");
    int total = steps.stream().mapToInt(Step::order).sum();
    if (num.order() != total) {
      throw ParseFailure.at(p, "derivative order mismatch: the numerator says " + num.order()
          + ", the denominator " + total);
    }
    boolean partial = denMark == Mark.PARTIAL;
    Function<Expr, Expr> differentiate = body -> {
      Expr e = body;
      for (int i = steps.size() - 1; i >= 0; i--) e = new Deriv(e, steps.get(i).var(), steps.get(i).order(), partial);
      return e;
    };
    if (num.body().isEmpty()) {
      if (!s.none()) throw ParseFailure.at(f, "a derivative operator cannot take a script");
      return new Piece.TermPrefix(differentiate,
          "the derivative '" + b.text(p) + "' has nothing to differentiate after it", f);
    }
    Expr d = differentiate.apply(b.juxtaposedFactors(num.body()));
    return new Piece.Operand(b.scripts.apply(d, s, false, f), f);
  }

  private Expr arg(FracArgContext a) {
    return a.stmt() != null ? b.stmt(a.stmt()) : b.names.singleToken(a.getStart());
  }

  private Mark denominatorMark(FracArgContext den) {
    List<FactorContext> fs = TreeBuilder.simpleFactors(den.stmt());
    if (fs == null) {
      boolean partial = den.stmt() != null && den.getText().startsWith("{\\partial");
      if (partial) throw ParseFailure.at(den, "cannot read this derivative's denominator; expected \\partial x");
      return null;
    }
    return fs.get(0).postfix().isEmpty() ? mark(fs.get(0)) : null;
  }

  /** The variables of a derivative's denominator, or null when it is not one (then d is a variable). */
  private List<Step> steps(FracArgContext den, Mark mark) {
    List<FactorContext> fs = TreeBuilder.simpleFactors(den.stmt());
    List<Step> out = new ArrayList<>();
    Expr application = fs.size() > 2 ? application(fs, mark) : null;
    if (application != null) return List.of(new Step(application, 1));
    boolean ok = fs.size() % 2 == 0;
    for (int k = 0; ok && k < fs.size(); k += 2) {
      FactorContext m = fs.get(k);
      FactorContext v = fs.get(k + 1);
      ok = m.postfix().isEmpty() && mark(m) == mark;
      if (!ok) break;
      Integer power = trailingIntegerPower(v);
      Expr var = variable(v, power != null);
      ok = var != null;
      if (ok) out.add(new Step(var, power == null ? 1 : power));
    }
    if (ok) return out;
    if (mark == Mark.PARTIAL) {
      throw ParseFailure.at(den, "cannot read this derivative's denominator; expected \\partial x");
    }
    return null;
  }

  /**
   * {@code \partial a(\mathbf{x}, \theta)}: one mark, then a function applied to arguments. The derivative is by the
   * application, as by a fresh variable put in its place (see {@code Lowering}).
   */
  private Expr application(List<FactorContext> fs, Mark mark) {
    if (!fs.get(0).postfix().isEmpty() || mark(fs.get(0)) != mark) return null;
    var pieces = new ArrayList<Piece>();
    for (FactorContext f : fs.subList(1, fs.size())) {
      if (mark(f) != null) return null;
      pieces.add(b.factors.piece(f, false));
    }
    List<Piece> resolved = b.names.resolveCalls(pieces);
    if (resolved.size() != 1 || !(resolved.get(0) instanceof Piece.Operand o)) return null;
    return o.expr() instanceof derivcheck.expr.Call c && c.primes() == 0 && !c.args().isEmpty() ? c : null;
  }

  private Expr variable(FactorContext v, boolean dropPower) {
    if (v.primary() instanceof NumberContext || v.primary() instanceof FracContext) return null;
    List<Piece> pieces = b.names.resolveCalls(List.of(b.factors.piece(v, dropPower)));
    if (pieces.size() != 1 || !(pieces.get(0) instanceof Piece.Operand o)) return null;
    Expr e = o.expr();
    return e instanceof Var || e instanceof Indexed ? e : null;
  }

  private Numerator numerator(FracArgContext num) {
    if (num.stmt() == null) {
      Token t = num.getStart();
      Mark m = t.getText().equals("d") ? Mark.D : t.getText().equals("\\partial") ? Mark.PARTIAL : null;
      return m == null ? null : new Numerator(m, 1, List.of());
    }
    List<FactorContext> fs = TreeBuilder.simpleFactors(num.stmt());
    if (fs == null) return null;
    FactorContext first = fs.get(0);
    Mark m = mark(first);
    if (m == null) return null;
    int order = 1;
    if (!first.postfix().isEmpty()) {
      Integer power = trailingIntegerPower(first);
      if (power == null || first.postfix().size() != 1) return null;
      order = power;
    }
    return new Numerator(m, order, fs.subList(1, fs.size()));
  }

  private static Mark mark(FactorContext f) {
    PrimaryContext p = f.primary();
    if (p instanceof LetterContext && p.getText().equals("d")) return Mark.D;
    if (p instanceof TextContext t && TokenPass.textContent(t.getText()).trim().equals("d")) return Mark.D;
    if (p instanceof CommandContext && p.getText().equals("\\partial")) return Mark.PARTIAL;
    return null;
  }

  /** The n of a final {@code ^n} or {@code ^{n}} with n a positive integer, else null. */
  private static Integer trailingIntegerPower(FactorContext f) {
    List<PostfixContext> ps = f.postfix();
    if (ps.isEmpty() || ps.get(ps.size() - 1).CARET() == null) return null;
    String text = ps.get(ps.size() - 1).script().getText().replaceAll("[{}]", "");
    if (!text.matches("[1-9][0-9]?")) return null;
    return Num.parse(text).intValue().intValueExact();
  }
}
