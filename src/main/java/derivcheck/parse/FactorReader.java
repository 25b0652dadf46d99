package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.Abs;
import derivcheck.expr.Call;
import derivcheck.expr.Ceil;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.Inner;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Pow;
import derivcheck.expr.SetLit;
import derivcheck.lib.FunctionWords;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Reads one factor (a primary with its scripts) into a {@link Piece}. */
final class FactorReader {
  private final TreeBuilder b;
  private final DerivativeReader derivatives;
  private final BigOperatorReader bigOperators;
  private final EnvironmentReader environments;

  FactorReader(TreeBuilder b) {
    this.b = b;
    this.derivatives = new DerivativeReader(b);
    this.bigOperators = new BigOperatorReader(b);
    this.environments = new EnvironmentReader(b);
  }

  /** The factor as a piece; with {@code dropLastPower}, its final {@code ^n} is left out (a derivative's order). */
  Piece piece(FactorContext f, boolean dropLastPower) {
    List<PostfixContext> postfixes = f.postfix();
    if (dropLastPower) postfixes = postfixes.subList(0, postfixes.size() - 1);
    Piece.Scripts s = scripts(postfixes);
    PrimaryContext p = f.primary();
    if (p instanceof NumberContext n) {
      return new Piece.Operand(b.scripts.apply(Num.parse(n.getText()), s, false, f), f, s.none());
    }
    if (p instanceof LetterContext) return new Piece.Name(p.getText(), false, false, false, s, f);
    if (p instanceof CommandContext) return command(p.getStart(), s, f);
    if (p instanceof TextContext t) return text(t.TEXT().getSymbol(), s, f);
    if (p instanceof FontContext font) {
      String name = b.names.fontText(font.FONT().getSymbol(), font.fontArg());
      return new Piece.Name(name, NameResolver.isBold(name), false, false, s, f);
    }
    if (p instanceof AccentContext a) {
      String name = accentText(a.ACCENT().getSymbol(), a.accentArg());
      return new Piece.Name(name, NameResolver.isBold(name), false, false, s, f);
    }
    if (p instanceof FracContext frac) return derivatives.frac(frac, s, f);
    if (p instanceof ParensContext q) return new Piece.Parens(b.items(q.items()), true, s, f);
    if (p instanceof BracketsContext q) return new Piece.Parens(b.items(q.items()), false, s, f);
    return new Piece.Operand(b.scripts.apply(operand(p), s, false, f), f);
  }

  /** Primaries that are finished values before their scripts. */
  private Expr operand(PrimaryContext p) {
    if (p instanceof DotsContext) return dots(p.getStart());
    if (p instanceof SqrtContext q) {
      Expr radicand = sqrtArg(q.sqrtArg());
      if (q.index == null) return Call.of("\\sqrt", radicand);
      return new Pow(radicand, new Div(Num.ONE, b.expr(q.index)));
    }
    if (p instanceof MinMaxCallContext m) {
      String name = m.MINMAX().getText();
      if (!name.equals("\\max") && !name.equals("\\min")) {
        throw ParseFailure.at(m, "'" + name + "' needs a range below it, as in " + name + "_{x}");
      }
      return new Call(name, b.items(m.items()));
    }
    if (p instanceof SetContext s) return new SetLit(s.items() == null ? List.of() : b.items(s.items()));
    if (p instanceof BracedContext br) return b.stmt(br.stmt());
    if (p instanceof AbsContext a) return new Abs(b.expr(a.expr()));
    if (p instanceof NormContext n) return new Norm(n.expr() == null ? new Placeholder() : b.expr(n.expr()), null);
    if (p instanceof FloorContext fl) return new Floor(b.expr(fl.expr()));
    if (p instanceof CeilContext c) return new Ceil(b.expr(c.expr()));
    if (p instanceof AngleContext a) {
      List<Expr> items = b.items(a.items());
      if (items.size() != 2) {
        throw ParseFailure.at(a, "'\\langle ... \\rangle' needs two entries separated by ',', found " + items.size());
      }
      return new Inner(items.get(0), items.get(1));
    }
    if (p instanceof UnderbraceContext u) {
      if (u.script() != null) b.notes.add(labelText(u.script()));
      return b.stmt(u.stmt());
    }
    if (p instanceof EnvironmentContext e) return environments.read(e);
    if (p instanceof EvaluatedContext ev) return EvaluationBar.of(b.stmt(ev.stmt()), b.scripts.expr(ev.script()), ev);
    throw new IllegalStateException("unhandled primary " + p.getClass().getSimpleName());
  }

  private Expr sqrtArg(SqrtArgContext a) {
    return a.expr() != null ? b.expr(a.expr()) : b.names.singleToken(a.getStart());
  }

  static Dots dots(Token t) {
    String s = t.getText();
    if (s.equals("\\cdots") || s.equals("\u22EF")) return new Dots(Dots.Kind.CENTER);
    if (s.equals("\\vdots") || s.equals("\u22EE")) return new Dots(Dots.Kind.VERTICAL);
    if (s.equals("\\ddots") || s.equals("\u22F1")) return new Dots(Dots.Kind.DIAGONAL);
    return new Dots(Dots.Kind.LOW);
  }

  /** A command factor: a constant, a letter, a function name, or a prefix ({@code \nabla}, {@code \sum}). */
  private Piece command(Token t, Piece.Scripts s, FactorContext f) {
    String name = t.getText();
    switch (name) {
      case "\\pi", "\\infty" -> {
        Expr value = name.equals("\\pi") ? Const.PI : Const.INFINITY;
        return new Piece.Operand(b.scripts.apply(value, s, false, f), f);
      }
      case "\\partial" -> throw NameResolver.partialOutsideDerivative(t);
      case "\\nabla" -> {
        if (s.sup() != null || s.primes() > 0) {
          throw ParseFailure.at(f, "only '\\nabla' and '\\nabla_{x}' are supported");
        }
        return new Piece.GradientPrefix(s.sub() == null ? null : b.scripts.expr(s.sub()), f);
      }
      case "\\sum", "\\prod", "\\lim" -> {
        return bigOperators.read(t, s, f);
      }
      default -> {
        boolean operator = Commands.OPERATOR_FUNCTIONS.contains(name);
        return new Piece.Name(name, false, false, operator, s, f);
      }
    }
  }

  /** {@code \text{softplus}}, {@code \operatorname{Diag}}, {@code \mathrm{d}}: a word used as a name. */
  private Piece text(Token t, Piece.Scripts s, FactorContext f) {
    String raw = TokenPass.textContent(t.getText());
    String word = raw.trim();
    boolean prose = !raw.equals(word) || ChainSplitter.isKeyword(t); // \text{for } is prose, not a name
    if (!prose && word.matches("[A-Za-z]")) return new Piece.Name(word, false, false, false, s, f);
    if (!prose && word.matches("[A-Za-z][A-Za-z0-9]*")) {
      // \operatorname{tanh} is \tanh, \text{sig} is \sigma: the words people type, from the one table of them
      String name = FunctionWords.name(word).orElse("\\operatorname{" + word + "}");
      // a built-in function of one argument applies without parentheses, like \tanh: \operatorname{sech}^2 x
      boolean operator = derivcheck.lib.Builtin.byName(name).map(b -> b.arity() == 1).orElse(false)
          || Commands.OPERATOR_FUNCTIONS.contains(name);
      return new Piece.Name(name, false, true, operator, s, f);
    }
    throw ParseFailure.at(t, "text '" + t.getText() + "' inside a formula: put words after the formula,"
        + " as in \\quad \\text{(note)}");
  }

  /** {@code \hat{y}}, {@code \bar{\mathbf{w}}}: canonical text of a decorated name. */
  private String accentText(Token accent, AccentArgContext arg) {
    String a = switch (accent.getText()) {
      case "\\widehat" -> "\\hat";
      case "\\widetilde" -> "\\tilde";
      case "\\overline" -> "\\bar";
      case "\\overrightarrow" -> "\\vec";
      default -> accent.getText();
    };
    return a + "{" + accentInner(arg) + "}";
  }

  private String accentInner(AccentArgContext arg) {
    if (arg.LBRACE() != null) return accentInner(arg.accentArg());
    if (arg.FONT() != null) return b.names.fontText(arg.FONT().getSymbol(), arg.fontArg());
    if (arg.ACCENT() != null) return accentText(arg.ACCENT().getSymbol(), arg.accentArg());
    Token t = arg.getStart();
    if (t.getType() == CMD && !Commands.LETTERS.contains(t.getText())) {
      throw ParseFailure.at(t, "an accent applies to a letter, not to '" + t.getText() + "'");
    }
    return t.getText();
  }

  /** The scripts written after a primary; TeX refuses a second subscript or superscript, and so do we. */
  Piece.Scripts scripts(List<PostfixContext> postfixes) {
    ScriptContext sub = null;
    ScriptContext sup = null;
    int primes = 0;
    for (PostfixContext p : postfixes) {
      if (p.PRIME() != null) {
        primes++;
      } else if (p.CARET() != null) {
        if (b.scripts.isPrime(p.script())) {
          primes++;
        } else if (sup != null) {
          throw ParseFailure.at(p, "double superscript: use braces, as in x^{a^{b}}");
        } else {
          sup = p.script();
        }
      } else {
        if (sub != null) throw ParseFailure.at(p, "double subscript: use braces, as in x_{i_{j}}");
        sub = p.script();
      }
    }
    return new Piece.Scripts(sub, sup, primes);
  }

  /** An underbrace label as note text. */
  private String labelText(ScriptContext s) {
    if (s.TEXT() != null) return TokenPass.textContent(s.TEXT().getText()).trim();
    String text = b.text(s);
    if (text.startsWith("{") && text.endsWith("}")) text = text.substring(1, text.length() - 1);
    return text.replaceAll("\\\\text\\{([^{}]*)\\}", "$1").trim();
  }
}
