package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Sub- and superscripts: as expressions, as labels that belong to a name ({@code w^{(t)}}, {@code w^*},
 * {@code x_{\text{max}}}), as index lists ({@code W_{kj}}, {@code W_{k,j}}) and as transposes.
 */
final class ScriptReader {
  private final TreeBuilder b;

  ScriptReader(TreeBuilder b) {
    this.b = b;
  }

  /** The script as one expression. */
  Expr expr(ScriptContext s) {
    List<Expr> all = list(s);
    if (all.size() != 1) throw ParseFailure.at(s, "expected one expression in this script, found a list");
    return all.get(0);
  }

  /** The script's comma-separated entries. */
  List<Expr> list(ScriptContext s) {
    if (s.scriptBody() != null) {
      ScriptBodyContext body = s.scriptBody();
      if (body.relList() == null) throw ParseFailure.at(body, "'" + body.getText() + "' alone is not a value here");
      return b.relList(body.relList());
    }
    if (s.FONT() != null) return List.of(b.names.fontName(s.FONT().getSymbol(), s.fontArg()));
    Token t = s.getStart();
    if (t.getType() == STAR || t.getType() == TOP || t.getType() == PRIME || t.getType() == PLUS) {
      throw ParseFailure.at(t, "'" + t.getText() + "' alone is not a value here");
    }
    return List.of(b.names.singleToken(t));
  }

  /**
   * The index list of a subscript: {@code _{k,j}} and {@code _{kj}} (two or three plain letters) give one index per
   * entry or letter; anything else is one index.
   */
  List<Expr> indices(ScriptContext s) {
    List<FactorContext> letters = plainLetters(s);
    if (letters != null && letters.size() >= 2 && letters.size() <= 3) {
      var out = new ArrayList<Expr>();
      for (FactorContext f : letters) out.add(new Var(f.getText()));
      return out;
    }
    List<Expr> mixed = lettersThenDigit(s);
    return mixed != null ? mixed : list(s);
  }

  /**
   * {@code _{j0}}, {@code _{k1}}, {@code _{ij0}}: letters and then one digit are one index each (the bias column
   * {@code \\omega_{j0}}); a product is written number first ({@code x_{2i}}), so this reading takes nothing away.
   */
  private static List<Expr> lettersThenDigit(ScriptContext s) {
    List<FactorContext> fs = singleFactors(s);
    if (fs == null || fs.size() < 2 || fs.size() > 3) return null;
    var out = new ArrayList<Expr>();
    for (int k = 0; k < fs.size(); k++) {
      FactorContext f = fs.get(k);
      boolean last = k == fs.size() - 1;
      if (!last && isLetter(f)) {
        out.add(new Var(f.getText()));
      } else if (last && f.postfix().isEmpty() && f.primary() instanceof NumberContext
          && f.getText().matches("[0-9]")) {
        out.add(Num.of(Long.parseLong(f.getText())));
      } else {
        return null;
      }
    }
    return out;
  }

  /** A superscript label's canonical text, and whether the labelled name is also transposed. */
  record Label(String text, boolean transpose) {}

  /**
   * A superscript that labels a name instead of raising it: {@code *}, a parenthesized {@code (t)}, and on a bold
   * name a single letter other than T ({@code \mathbf{h}^a}); followed by {@code \top} or {@code T}, the name is
   * also transposed ({@code \mathbf{W}^{(2)\top}}). Null when the superscript is not a label.
   */
  Label label(ScriptContext s, boolean bold, String base, boolean definitionHead) {
    if (isToken(s, STAR)) return new Label("*", false);
    String simple = simpleText(s);
    if (simple != null && !simple.equals("T") && ((definitionHead && bold) || declaredLabel(base, simple))) return new Label(simple, false);
    if (bold && s.LETTER() != null && !s.LETTER().getText().equals("T")) return new Label(s.LETTER().getText(), false);
    List<FactorContext> fs = singleFactors(s);
    if (fs == null || fs.isEmpty()) return null;
    boolean top = s.scriptBody().TOP() != null;
    FactorContext first = fs.get(0);
    boolean thenT = fs.size() == 2 && isLetter(fs.get(1)) && fs.get(1).getText().equals("T");
    if (fs.size() > 2 || (fs.size() == 2 && (!thenT || top))) return null;
    if (first.postfix().isEmpty() && first.primary() instanceof ParensContext p) {
      return new Label(b.text(p), top || thenT);
    }
    if (bold && fs.size() == 1 && isLetter(first) && !first.getText().equals("T")) {
      return new Label(first.getText(), top);
    }
    return null;
  }

  /**
   * A name declared with this label ({@code \\mathbf{h}^{1}} declared, {@code \\mathbf{h}^1} or {@code h^1} used):
   * a plain letter may stand for its bold spelling, as in {@code h^1_n} for an entry of {@code \\mathbf{h}^1}.
   */
  private boolean declaredLabel(String base, String label) {
    var names = b.options.labelledNames();
    String suffix = "^{" + label + "}";
    return names.contains(base + suffix) || names.contains("\\mathbf{" + base + "}" + suffix)
        || names.contains("\\boldsymbol{" + base + "}" + suffix);
  }

  /** A script that is one number or one letter, braced or not ({@code ^1}, {@code ^{2}}, {@code ^a}), or null. */
  private static String simpleText(ScriptContext s) {
    if (s.NUMBER() != null) return s.NUMBER().getText();
    if (s.LETTER() != null) return s.LETTER().getText();
    List<FactorContext> fs = singleFactors(s);
    if (fs == null || fs.size() != 1 || !fs.get(0).postfix().isEmpty()) return null;
    var p = fs.get(0).primary();
    return p instanceof NumberContext || p instanceof LetterContext ? p.getText() : null;
  }

  /**
   * A subscript that is part of a name: {@code \text{max}}, a word of four or more letters ({@code _{reverse}}), or
   * {@code *}. Returns its canonical text ({@code \text{max}}), or null.
   */
  String textLabel(ScriptContext s) {
    if (isToken(s, STAR)) return "*";
    if (s.TEXT() != null) return wordOf(s.TEXT().getSymbol());
    List<FactorContext> fs = singleFactors(s);
    if (fs != null && fs.size() == 1 && fs.get(0).postfix().isEmpty() && fs.get(0).primary() instanceof TextContext t) {
      return wordOf(t.TEXT().getSymbol());
    }
    List<FactorContext> letters = plainLetters(s);
    if (letters != null && letters.size() >= 4) {
      var word = new StringBuilder();
      letters.forEach(f -> word.append(f.getText()));
      return "\\text{" + word + "}";
    }
    return null;
  }

  private static String wordOf(Token text) {
    return "\\text{" + TokenPass.textContent(text.getText()).trim() + "}";
  }

  /** {@code base^{sup}}: a transpose for {@code \top} (and for {@code T} on matrices), else a power. */
  Expr raise(Expr base, ScriptContext sup) {
    if (isTop(sup) || (isLetterT(sup) && transposable(base))) return new Transpose(base);
    if (isToken(sup, STAR)) throw ParseFailure.at(sup, "'^*' labels a name, as in w^*; it cannot follow this");
    Expr power = new Pow(base, expr(sup));
    return sup.scriptBody() != null && sup.scriptBody().TOP() != null ? new Transpose(power) : power;
  }

  /**
   * Applies scripts to a finished factor (not a name): {@code (x)_i}, {@code \|x\|_2^2}, {@code [x]_+}; primes first,
   * {@code (u/v)'} (a derivative whose variable the document's definitions settle), then the scripts.
   */
  Expr apply(Expr e, Piece.Scripts s, boolean squareBrackets, org.antlr.v4.runtime.ParserRuleContext where) {
    if (s.primes() > 0) {
      if (e instanceof Num || e instanceof Neg && ((Neg) e).arg() instanceof Num) {
        throw ParseFailure.at(where, "a prime needs a function name before it, as in f'(x)");
      }
      e = new derivcheck.expr.Prime(e, s.primes());
    }
    if (s.sub() != null) {
      if (e instanceof Norm n && n.p() == null) {
        e = new Norm(n.arg(), expr(s.sub()));
      } else if (squareBrackets && isToken(s.sub(), PLUS)) {
        e = Call.of("\\max", Num.ZERO, e); // the positive part [x]_+
      } else if (e instanceof Num || e instanceof Neg) {
        throw ParseFailure.at(s.sub(), "a number cannot have a subscript");
      } else {
        e = new Indexed(e, indices(s.sub()));
      }
    }
    if (s.sup() != null) {
      e = squareBrackets && isLetterT(s.sup()) ? new Transpose(e) : raise(e, s.sup());
    }
    return e;
  }

  static boolean transposable(Expr e) {
    if (e instanceof MatrixLit || e instanceof Transpose) return true;
    if (e instanceof Tuple t) return t.bracket() == Tuple.Bracket.SQUARE;
    if (e instanceof Indexed i) return transposable(i.base());
    return e instanceof Var v && NameResolver.isBold(v.name());
  }

  boolean isTop(ScriptContext s) {
    return isToken(s, TOP);
  }

  boolean isPrime(ScriptContext s) {
    return isToken(s, PRIME);
  }

  boolean isLetterT(ScriptContext s) {
    if (s.LETTER() != null) return s.LETTER().getText().equals("T");
    if (s.TEXT() != null) return TokenPass.textContent(s.TEXT().getText()).trim().equals("T");
    List<FactorContext> fs = singleFactors(s);
    return fs != null && fs.size() == 1 && fs.get(0).getText().equals("T") && isLetter(fs.get(0));
  }

  /** Whether the exponent is written negative, as in {@code \sin^{-1}}. */
  boolean isNegative(ScriptContext s) {
    return s.scriptBody() != null && s.scriptBody().getStart().getType() == MINUS;
  }

  /** The script is the given token alone, braced or not: {@code ^*}, {@code ^{*}}. */
  static boolean isToken(ScriptContext s, int type) {
    if (s.scriptBody() != null) {
      return s.scriptBody().relList() == null && s.scriptBody().getStart().getType() == type;
    }
    return s.getStart().getType() == type && s.FONT() == null;
  }

  /** The factors of a braced script that is one plain product, or null. */
  private static List<FactorContext> singleFactors(ScriptContext s) {
    if (s.scriptBody() == null || s.scriptBody().relList() == null) return null;
    RelListContext list = s.scriptBody().relList();
    return list.relChain().size() == 1 ? TreeBuilder.simpleFactors(list.relChain(0)) : null;
  }

  /** The factors of a braced script made only of plain letters ({@code kj}), or null. */
  private static List<FactorContext> plainLetters(ScriptContext s) {
    List<FactorContext> fs = singleFactors(s);
    if (fs == null) return null;
    for (FactorContext f : fs) {
      if (!isLetter(f)) return null;
    }
    return fs;
  }

  private static boolean isLetter(FactorContext f) {
    return f.postfix().isEmpty() && f.primary() instanceof LetterContext;
  }
}
