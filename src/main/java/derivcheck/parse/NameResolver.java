package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.BigO;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Transpose;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Decides what a name means where it stands: a function call when parentheses follow a function name, a prefix
 * function ({@code \ln x}), or a variable with labels, indices and a power. The rules are in
 * {@code package-info.java}.
 */
final class NameResolver {
  /** Bold (or blackboard) 1 with a subscript is an indicator. */
  static final Set<String> INDICATOR_BASES = Set.of(
      "\\mathbf{1}", "\\boldsymbol{1}", "\\mathbb{1}", "\\mathbbm{1}", "\\mathds{1}");
  /** Letters that name functions when parentheses follow at once, besides capitals. */
  static final Set<String> FUNCTION_LETTERS = Set.of("f", "g", "h");

  private final TreeBuilder b;

  NameResolver(TreeBuilder b) {
    this.b = b;
  }

  // ---------------------------------------------------------------- names next to parentheses

  /** Joins each name with the parentheses after it when that makes a call; other parentheses become factors. */
  List<Piece> resolveCalls(List<Piece> pieces) {
    var out = new ArrayList<Piece>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      Piece after = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
      if (p instanceof Piece.Name n && after instanceof Piece.Parens q && q.round() && callable(n, q)) {
        out.add(new Piece.Operand(call(n, q), n.ctx()));
        i++;
      } else if (p instanceof Piece.Name n && after instanceof Piece.Parens q && isIverson(n, q)) {
        Expr indicator = new Indicator(q.items().get(0));
        out.add(new Piece.Operand(b.scripts.apply(indicator, q.scripts(), false, q.ctx()), n.ctx()));
        i++;
      } else if (p instanceof Piece.Name n) {
        out.add(alone(n));
      } else if (p instanceof Piece.Parens q && after instanceof Piece.Parens at && primedCall(q, at)) {
        Expr derivative = new derivcheck.expr.Prime(q.items().get(0), q.scripts().primes(), at.items().get(0));
        out.add(new Piece.Operand(b.scripts.apply(derivative, at.scripts(), false, at.ctx()), q.ctx()));
        i++;
      } else if (p instanceof Piece.Parens q) {
        out.add(new Piece.Operand(grouping(q), q.ctx()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code \mathbb{1}[k = y]}: a bare one before a bracketed condition is an indicator (Iverson bracket). */
  private static boolean isIverson(Piece.Name n, Piece.Parens q) {
    return INDICATOR_BASES.contains(n.base()) && n.scripts().none() && !q.round() && q.items().size() == 1
        && (q.items().get(0) instanceof Compare || q.items().get(0) instanceof Infix);
  }

  private boolean callable(Piece.Name n, Piece.Parens next) {
    if (n.ctx() == b.definitionHead || n.wordy() || n.scripts().primes() > 0) return true;
    if (isFunction(n.base()) || n.operatorStyle()) return true;
    if (!b.adjacent(n.ctx(), next.ctx())) return false;
    String base = n.base();
    if (FUNCTION_LETTERS.contains(base) || isCapital(base)) return true;
    return INDICATOR_BASES.contains(base) && n.scripts().sub() != null;
  }

  private static final java.util.regex.Pattern ACCENTED = java.util.regex.Pattern.compile(
      "\\\\(hat|tilde|bar|vec|dot|ddot|check|breve)\\{(.*)\\}");

  /**
   * Capital-like names, functions when parentheses follow at once: {@code F}, {@code \Phi}, {@code \mathcal{L}},
   * {@code \hat{R}}. Bold capitals are matrices, not functions.
   */
  static boolean isCapital(String base) {
    if (base.length() == 1) return Character.isUpperCase(base.charAt(0));
    if (Commands.LETTERS.contains(base)) return Character.isUpperCase(base.charAt(1));
    if (base.matches("\\\\mathcal\\{[A-Z]\\}")) return true;
    var m = ACCENTED.matcher(base);
    return m.matches() && isCapital(m.group(2));
  }

  /** {@code name(args)}, with the name's scripts: {@code \tanh^2(x)}, {@code f_1(x)}, {@code J_F(x)}, {@code f'(x)}. */
  private Expr call(Piece.Name n, Piece.Parens next) {
    Piece.Scripts s = n.scripts();
    List<Expr> args = next.items();
    String base = n.base();
    var sup = s.sup();
    ScriptReader.Label label = sup == null ? null : b.scripts.label(sup, n.bold(), base, n.ctx() == b.definitionHead);
    if (label != null) {
      base = base + "^{" + label.text() + "}";
      sup = null;
    }
    Expr result;
    if (INDICATOR_BASES.contains(base) && s.sub() != null) {
      requireOneArgument(n, args);
      result = new Indicator(new Infix(Infix.Op.IN, args.get(0), b.scripts.expr(s.sub())));
    } else if (base.equals(derivcheck.lib.FunctionWords.ABSOLUTE_VALUE) && s.sub() == null && s.primes() == 0) {
      requireOneArgument(n, args);
      result = new derivcheck.expr.Abs(args.get(0));
    } else if ((base.equals("O") || base.equals("\\mathcal{O}")) && s.sub() == null && s.primes() == 0) {
      requireOneArgument(n, args);
      result = new BigO(args.get(0));
    } else {
      String fn = s.sub() == null ? canonicalFunction(base) : base + "_{" + subscriptText(s.sub()) + "}";
      if (n.ctx() == b.definitionHead) b.localFunctions.add(fn);
      result = new Call(fn, s.primes(), args);
    }
    if (sup != null) result = power(result, sup, n);
    if (label != null && label.transpose()) result = new Transpose(result);
    return b.scripts.apply(result, next.scripts(), false, next.ctx());
  }

  private void requireOneArgument(Piece.Name n, List<Expr> args) {
    if (args.size() != 1) {
      throw ParseFailure.at(n.ctx(), "'" + n.base() + "' takes one argument, found " + args.size());
    }
  }

  private String subscriptText(ScriptContext sub) {
    String label = b.scripts.textLabel(sub);
    if (label != null) return label;
    String text = b.text(sub);
    return text.startsWith("{") && text.endsWith("}") ? text.substring(1, text.length() - 1) : text;
  }

  private Expr power(Expr call, ScriptContext sup, Piece.Name n) {
    if (b.scripts.isNegative(sup)) {
      throw ParseFailure.at(sup, "inverse-function notation '" + n.base() + "^{-1}' is not supported");
    }
    return b.scripts.raise(call, sup);
  }

  /** A name without a call: a prefix function ({@code \ln x}) or a variable with its scripts. */
  private Piece alone(Piece.Name n) {
    Piece.Scripts s = n.scripts();
    String base = n.base();
    if (n.operatorStyle()) {
      String fn = s.sub() == null ? canonicalFunction(base) : base + "_{" + subscriptText(s.sub()) + "}";
      return new Piece.FunctionPrefix(fn, s.primes(), s.sup(), n.ctx());
    }
    var sup = s.sup();
    var sub = s.sub();
    ScriptReader.Label label = sup == null ? null : b.scripts.label(sup, n.bold(), base, n.ctx() == b.definitionHead);
    if (label != null) {
      base = base + "^{" + label.text() + "}";
      sup = null;
    }
    String textLabel = sub == null ? null : b.scripts.textLabel(sub);
    if (textLabel != null) {
      base = base + "_{" + textLabel + "}";
      sub = null;
    }
    if (s.primes() > 0) {
      // f' without an argument, for the document's own function f of one variable: f's derivative, as u' for a value
      if (isFunction(n.base()) && !isDocumentFunction(n.base())) {
        throw ParseFailure.at(n.ctx(), "'" + n.base() + "'".repeat(s.primes())
            + "' needs an argument in parentheses, as in " + n.base() + "'(x)");
      }
      base = base + "'".repeat(s.primes());
    }
    Expr e = base.equals("e") && sub == null ? Const.E : new Var(base);
    if (sub != null) {
      Expr index = INDICATOR_BASES.contains(base) ? b.scripts.expr(sub) : null;
      boolean condition = index instanceof Compare || index instanceof Infix;
      e = condition ? new Indicator(index) : new Indexed(e, b.scripts.indices(sub));
    }
    if (sup != null) e = b.scripts.raise(e, sup);
    if (label != null && label.transpose()) e = new Transpose(e);
    return new Piece.Operand(e, n.ctx());
  }

  /** {@code (fg)'(x)}: primed parentheses with only primes, then one argument in parentheses at once. */
  private boolean primedCall(Piece.Parens q, Piece.Parens at) {
    Piece.Scripts s = q.scripts();
    return s.primes() > 0 && s.sub() == null && s.sup() == null && q.round() && q.items().size() == 1
        && at.round() && at.items().size() == 1 && b.adjacent(q.ctx(), at.ctx());
  }

  /** Parentheses that are not a call: the expression itself, or a tuple; then their scripts. */
  Expr grouping(Piece.Parens q) {
    List<Expr> items = q.items();
    for (Expr item : items) {
      if (item instanceof derivcheck.expr.Placeholder) {
        throw ParseFailure.at(q.ctx(), "'\\cdot' as an argument slot needs a function before it, as in f(\\cdot)");
      }
    }
    Expr e = items.size() == 1 ? items.get(0)
        : new derivcheck.expr.Tuple(q.round() ? derivcheck.expr.Tuple.Bracket.PAREN
            : derivcheck.expr.Tuple.Bracket.SQUARE, items);
    return b.scripts.apply(e, q.scripts(), !q.round(), q.ctx());
  }

  // ---------------------------------------------------------------- prefixes inside a group

  private record Taken(Expr expr, int next) {}

  /**
   * The factors of one juxtaposed group after applying prefixes: a prefix function takes the following factors up to
   * the next prefix ({@code \sin 2x} is sin(2x), {@code \sin x \cos x} is sin(x) cos(x), {@code \ln \ln x} is
   * ln(ln x)); {@code \nabla} takes all the factors after it.
   */
  List<Expr> applyPrefixes(List<Piece> group) {
    if (group.isEmpty()) throw new IllegalStateException("empty group");
    for (int i = 1; i < group.size(); i++) {
      if (group.get(i - 1) instanceof Piece.Operand a && a.plainNumber()
          && group.get(i) instanceof Piece.Operand c && c.plainNumber()) {
        throw ParseFailure.at(c.ctx(), "missing operator between '" + a.ctx().getText() + "' and '"
            + c.ctx().getText() + "'");
      }
    }
    var out = new ArrayList<Expr>();
    int i = 0;
    while (i < group.size()) {
      Taken t = take(group, i);
      out.add(t.expr());
      i = t.next();
    }
    return out;
  }

  private Taken take(List<Piece> group, int i) {
    Piece p = group.get(i);
    if (p instanceof Piece.Operand o) return new Taken(o.expr(), i + 1);
    if (p instanceof Piece.GradientPrefix g) {
      if (i + 1 >= group.size()) throw ParseFailure.at(g.ctx(), "'\\nabla' needs something to apply to");
      // like d/dx, the gradient applies to the whole product after it: \nabla_x x^T A x, \nabla_w \frac12 \|w\|^2
      var body = new ArrayList<Expr>();
      int j = i + 1;
      while (j < group.size()) {
        Taken t = take(group, j);
        body.add(t.expr());
        j = t.next();
      }
      return new Taken(new Gradient(TreeBuilder.product(body), g.var()), j);
    }
    if (p instanceof Piece.FunctionPrefix f) {
      if (i + 1 >= group.size()) {
        throw ParseFailure.at(f.ctx(), "'" + f.ctx().getStart().getText() + "' needs an argument");
      }
      if (isPrefix(group.get(i + 1))) {
        Taken t = take(group, i + 1);
        return new Taken(applyFunction(f, t.expr()), t.next());
      }
      var args = new ArrayList<Expr>();
      int j = i + 1;
      while (j < group.size() && !isPrefix(group.get(j))) {
        args.add(((Piece.Operand) group.get(j)).expr());
        j++;
      }
      return new Taken(applyFunction(f, TreeBuilder.product(args)), j);
    }
    throw new IllegalStateException("unexpected piece " + p);
  }

  private static boolean isPrefix(Piece p) {
    return p instanceof Piece.FunctionPrefix || p instanceof Piece.GradientPrefix;
  }

  private Expr applyFunction(Piece.FunctionPrefix f, Expr arg) {
    Expr call = new Call(f.fn(), f.primes(), List.of(arg));
    if (f.power() == null) return call;
    if (b.scripts.isNegative(f.power())) {
      throw ParseFailure.at(f.power(), "inverse-function notation '" + f.ctx().getStart().getText()
          + "^{-1}' is not supported");
    }
    return new Pow(call, b.scripts.expr(f.power()));
  }

  // ---------------------------------------------------------------- single tokens and names

  /** A one-token operand, as in {@code x^2}, {@code \frac12}, {@code e^x}. */
  Expr singleToken(Token t) {
    return switch (t.getType()) {
      case NUMBER -> Num.parse(t.getText());
      case LETTER -> t.getText().equals("e") ? Const.E : new Var(t.getText());
      case TEXT -> {
        String word = TokenPass.textContent(t.getText()).trim();
        if (word.equals("e")) yield Const.E;
        if (word.matches("[A-Za-z]")) yield new Var(word);
        if (word.matches("[A-Za-z][A-Za-z0-9]*")) yield new Var("\\operatorname{" + word + "}");
        throw ParseFailure.at(t, "text '" + t.getText() + "' is not a value");
      }
      case CMD -> command(t);
      default -> throw ParseFailure.at(t, "unexpected '" + t.getText() + "'");
    };
  }

  /** A command standing alone as a value: a constant or a letter. */
  Expr command(Token t) {
    String name = t.getText();
    if (name.equals("\\pi")) return Const.PI;
    if (name.equals("\\infty")) return Const.INFINITY;
    if (Commands.LETTERS.contains(name) || name.equals("\\sgn")) return new Var(name);
    if (name.equals("\\partial")) throw partialOutsideDerivative(t);
    throw ParseFailure.at(t, "'" + name + "' needs an argument here");
  }

  static ParseFailure partialOutsideDerivative(Token t) {
    return ParseFailure.at(t, "'\\partial' is only understood in a derivative, as in \\frac{\\partial f}{\\partial x}");
  }

  /** {@code \mathbf{x}}, {@code \boldsymbol{\theta}} as a variable. */
  Expr fontName(Token font, FontArgContext arg) {
    return new Var(fontText(font, arg));
  }

  /** Canonical text of a font command applied to its argument: {@code \bm x} gives {@code \boldsymbol{x}}. */
  String fontText(Token font, FontArgContext arg) {
    var inner = new StringBuilder();
    for (int i = 0; i < arg.getChildCount(); i++) {
      if (!(arg.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode tn)) continue;
      Token t = tn.getSymbol();
      if (t.getType() == LBRACE || t.getType() == RBRACE) continue;
      if (t.getType() == CMD && !Commands.LETTERS.contains(t.getText())) {
        throw ParseFailure.at(t, "'" + font.getText() + "' applies to letters, not to '" + t.getText() + "'");
      }
      if (t.getType() == CMD && inner.length() > 0) inner.append(' ');
      inner.append(t.getText());
    }
    return canonicalFont(font.getText()) + "{" + inner + "}";
  }

  static String canonicalFont(String font) {
    return font.equals("\\bm") || font.equals("\\pmb") ? "\\boldsymbol" : font;
  }

  static boolean isBold(String name) {
    return name.contains("\\mathbf{") || name.contains("\\boldsymbol{");
  }

  /** A builtin (or alias), a prefix function, a declared function, or one this formula defines. */
  /** A function the document (or a declaration) defines, not a builtin. */
  private boolean isDocumentFunction(String name) {
    return Builtin.byName(name).isEmpty() && !Commands.OPERATOR_FUNCTIONS.contains(name)
        && (b.options.functionNames().contains(name) || b.localFunctions.contains(name));
  }

  boolean isFunction(String name) {
    return Builtin.byName(name).isPresent() || Commands.OPERATOR_FUNCTIONS.contains(name)
        || b.options.functionNames().contains(name) || b.localFunctions.contains(name);
  }

  /** Aliases become the builtin's canonical name; {@code \log} is {@code \ln} unless log means base 10. */
  String canonicalFunction(String name) {
    if (name.equals("\\log")) return b.options.logIsBase10() ? "\\log" : "\\ln";
    return Builtin.byName(name).map(Builtin::latex).orElse(name);
  }

}
