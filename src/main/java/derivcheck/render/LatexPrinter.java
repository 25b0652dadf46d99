package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Cases;
import derivcheck.expr.Chain;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints a tree as LaTeX a reader (and our parser) reads back as the same tree, with as few parentheses as that
 * allows. One method per node type; each parent decides whether a child needs a group.
 *
 * <p>Rules, in the parser's terms:
 * <ul>
 *   <li>Unary minus covers a whole product: {@code -2 x} is {@code Neg[Mul[2, x]]}, so a {@code Neg} that is a factor,
 *       a power base or a minuend's negated argument is grouped: {@code x \cdot (-y)}, {@code (-x)^{2}},
 *       {@code a - (-b)}. In a sum, {@code Add[a, Neg[b]]} prints {@code a - b}.
 *   <li>A sum inside a sum, or a product inside a product, is grouped: the tree is not flattened.
 *   <li>Products juxtapose with a space ({@code 2 x}, {@code x y}, {@code \sigma(x) \left(1 - \sigma(x)\right)})
 *       and use {@code \cdot} before a factor that starts with a digit ({@code 2 \cdot 3}, {@code x \cdot 2^{x}}),
 *       before a grouped negation ({@code x \cdot (-y)}), before a numeric fraction after a digit ({@code 2 \cdot \frac{1}{2}}, not a mixed number), and after a
 *       factor ending in a function name ({@code f \cdot (x + 1)}, which juxtaposed would read as a call).
 *   <li>A power of a call prints {@code \tanh(x)^{2}} (never {@code \tanh^{2}(x)}, which some read as iteration);
 *       {@code \sqrt{x}} as a base is grouped, since {@code \sqrt{x}^{2}} looks like a root of a power.
 *   <li>Operators whose body runs to the right ({@code \frac{d}{dx}}, {@code \sum}) are grouped when another factor
 *       follows them or when they are a power base. A derivative's body is grouped unless it is atomic or a call.
 *   <li>Groups use {@code \left( \right)} around sums and around tall content (fractions, powers, roots,
 *       derivatives, big operators), plain parentheses otherwise ({@code (-x)^{2}}). Call arguments use {@code \left( \right)}
 *       only when an argument holds a fraction-like node.
 *   <li>A negative number literal (the parser never makes one: it reads {@code -2} as {@code Neg[2]}) prints like a
 *       negation, so it reads back as {@code Neg[2]}, equal in value but not in structure.
 *   <li>The notation records (transposes, tuples, matrices, cases, norms, comparisons, gradients, limits, optima,
 *       binary operators such as {@code \circ} and {@code \in}) print as described in {@link LatexNotation}; the
 *       parser's precedence levels and how far an operator's body reaches are in {@link LatexLevels}. A comparison
 *       as the whole tree prints bare ({@code 0 < x \le 1}) and reads back as a chain, not as an expression.
 * </ul>
 */
public final class LatexPrinter {
  private LatexPrinter() {}

  public static String print(Expr e) {
    if (e instanceof Num n) return num(n);
    if (e instanceof Const c) return constant(c);
    if (e instanceof Var v) return v.name();
    if (e instanceof Neg n) return neg(n);
    if (e instanceof Add a) return add(a);
    if (e instanceof Mul m) return mul(m);
    if (e instanceof Div d) return "\\frac{" + statement(d.num()) + "}{" + statement(d.den()) + "}";
    if (e instanceof Pow p) return pow(p);
    if (e instanceof Call c) return call(c);
    if (e instanceof Deriv d) return deriv(d);
    if (e instanceof Abs a) return "\\left|" + atLeast(a.arg(), LatexLevels.SUM) + "\\right|";
    if (e instanceof Indexed i) return indexed(i);
    if (e instanceof BigOp b) return bigOp(b);
    return LatexNotation.printNotation(e);
  }

  /** {@code a = b \le c}; a leading relation prints first ({@code = b}); conditions follow a quad. */
  public static String print(Chain c) {
    var out = new StringBuilder();
    int r = 0;
    if (c.leading()) out.append(c.relations().get(r++).latex()).append(' ');
    for (int t = 0; t < c.terms().size(); t++) {
      if (t > 0) out.append(' ').append(c.relations().get(r++).latex()).append(' ');
      out.append(statement(c.terms().get(t)));
    }
    if (!c.conditions().isEmpty()) {
      var conds = new ArrayList<String>();
      for (Chain cond : c.conditions()) conds.add(print(cond));
      out.append(" \\quad \\text{for } ").append(String.join(", ", conds));
    }
    if (!c.note().isBlank()) out.append(" \\quad \\text{").append(textEscape(c.note().strip())).append('}');
    return out.toString();
  }

  // ---- leaves

  /** Exactly as written, never in exponent notation: {@code 0.0001}, not {@code 1E-4}. */
  private static String num(Num n) {
    return n.value().toPlainString();
  }

  private static String constant(Const c) {
    return switch (c.kind()) {
      case E -> "e";
      case PI -> "\\pi";
      case INFINITY -> "\\infty";
    };
  }

  // ---- sums and negation

  private static String neg(Neg n) {
    return "-" + negArg(n.arg(), true);
  }

  /**
   * The argument of a minus sign: anything that binds at least as tightly as a product. {@code last} is false when
   * a term follows, which an argument such as {@code \min_{x} f} would swallow.
   */
  private static String negArg(Expr e, boolean last) {
    boolean group = LatexLevels.groupsNegated(e) || (!last && LatexLevels.reach(e) <= LatexLevels.SUM);
    return group ? group(e) : print(e);
  }

  private static String add(Add a) {
    var out = new StringBuilder();
    List<Expr> terms = a.terms();
    for (int i = 0; i < terms.size(); i++) {
      Expr t = terms.get(i);
      boolean last = i == terms.size() - 1;
      if (t instanceof Neg n) {
        out.append(i == 0 ? "-" : " - ").append(negArg(n.arg(), last));
      } else if (i == 0) {
        // a negative literal may lead a sum bare: -2 + x
        boolean group = t instanceof Add || LatexLevels.level(t) < LatexLevels.SIGN
            || LatexLevels.reach(t) <= LatexLevels.SUM;
        out.append(group ? group(t) : print(t));
      } else {
        out.append(" + ").append(LatexLevels.groupsSumTerm(t, last) ? group(t) : print(t));
      }
    }
    return out.toString();
  }

  // ---- products

  private static String mul(Mul m) {
    List<Expr> fs = m.factors();
    var out = new StringBuilder();
    String previous = null;
    for (int i = 0; i < fs.size(); i++) {
      Expr f = fs.get(i);
      boolean last = i == fs.size() - 1;
      String printed = factor(f, last);
      if (previous != null) {
        out.append(needsCdot(fs.get(i - 1), previous, printed) ? " \\cdot " : " ");
      }
      out.append(printed);
      previous = printed;
    }
    return out.toString();
  }

  static String factor(Expr f, boolean last) {
    return LatexLevels.groupsFactor(f, last) ? group(f) : print(f);
  }

  private static boolean needsCdot(Expr left, String leftText, String rightText) {
    if (CallHeads.endsInCallHead(left)) return true;
    if (startsWithDigit(rightText)) return true;
    // "x (-y)" looks like a call or a subtraction; "x \cdot (-y)" does not.
    if (rightText.startsWith("(-") || rightText.startsWith("\\left(-")) return true;
    // "2 \frac{1}{2}" reads as the mixed number two and a half.
    return endsWithDigit(leftText) && rightText.startsWith("\\frac{") && startsWithDigit(rightText.substring(6));
  }

  // ---- powers

  private static String pow(Pow p) {
    String exp = print(p.exp());
    // On a name, a parenthesized superscript is a label (w^{(t)}): a tuple exponent needs the name grouped.
    boolean label = exp.startsWith("(") || exp.startsWith("\\left(");
    Expr b = p.base();
    boolean name = b instanceof Var || b instanceof Indexed || b == Const.E;
    return (label && name ? group(b) : powBase(b)) + "^{" + exp + "}";
  }

  private static String powBase(Expr b) {
    boolean bare = b instanceof Const
        || (b instanceof Num && !isNegative(b))
        || (b instanceof Var v && isPlainName(v.name()) && !isBold(v.name()))
        || (b instanceof Indexed i && !(i.base() instanceof Var v2 && isBold(v2.name())))
        || b instanceof Abs
        || (b instanceof Call c && !isSqrtForm(c))
        || LatexNotation.isDelimited(b);
    return bare ? print(b) : group(b);
  }

  /** A letter superscript on a bold name reads as a label ({@code \mathbf{h}^a}), so a power needs a group. */
  private static boolean isBold(String name) {
    return name.startsWith("\\mathbf{") || name.startsWith("\\boldsymbol{");
  }

  // ---- calls

  private static String call(Call c) {
    if (isSqrtForm(c)) return "\\sqrt{" + atLeast(c.args().get(0), LatexLevels.SUM) + "}";
    var args = new ArrayList<String>();
    boolean tall = false;
    for (Expr a : c.args()) {
      args.add(print(a));
      tall |= isTall(a);
    }
    String head = c.fn() + "'".repeat(c.primes());
    String joined = String.join(", ", args);
    return tall ? head + "\\left(" + joined + "\\right)" : head + "(" + joined + ")";
  }

  static boolean isSqrtForm(Call c) {
    return c.fn().equals("\\sqrt") && c.primes() == 0 && c.args().size() == 1;
  }

  // ---- derivatives and big operators

  private static String deriv(Deriv d) {
    String sym = d.partial() ? "\\partial" : "d";
    String order = d.order() == 1 ? "" : "^{" + d.order() + "}";
    String var = d.var() instanceof Var v && !isPlainName(v.name()) ? group(v) : print(d.var());
    String den = d.partial() ? "\\partial " + var : "d" + var;
    String op = "\\frac{" + sym + order + "}{" + den + order + "}";
    Expr body = d.body();
    // The operator is a tall fraction: size the parentheses to match it.
    return isAtomic(body) ? op + " " + print(body) : op + "\\left(" + print(body) + "\\right)";
  }

  private static String bigOp(BigOp b) {
    var out = new StringBuilder(b.kind() == BigOp.Kind.SUM ? "\\sum" : "\\prod");
    out.append("_{").append(print(b.index()));
    if (b.lower() != null) {
      out.append('=').append(statement(b.lower())).append("}^{").append(print(b.upper()));
    }
    return out.append("} ").append(termBody(b.body())).toString();
  }

  /** The body of an operator that takes the rest of the term ({@code \sum}, {@code \lim}): a product or tighter. */
  static String termBody(Expr body) {
    return atLeast(body, LatexLevels.EXPLICIT);
  }

  // ---- subscripts

  private static String indexed(Indexed i) {
    Expr base = i.base();
    // a subscript right after a norm is its p: \|x\|_{2}
    boolean bareBase = (base instanceof Var v && isPlainName(v.name())) || base instanceof Call
        || (LatexNotation.isDelimited(base) && !(base instanceof Norm));
    String b = bareBase ? print(base) : group(base);
    return b + "_{" + indices(i.indices()) + "}";
  }

  /**
   * {@code x_{1}}, {@code W_{k j}} for two or three letters, {@code W_{1, j}}, {@code W_{i + 1, j}} and
   * {@code W_{\alpha, \beta}} otherwise. A lone product index prints with {@code \cdot} ({@code x_{2 \cdot i}}) so
   * it cannot read as two indices.
   */
  private static String indices(List<Expr> idx) {
    if (idx.size() == 1) {
      Expr only = idx.get(0);
      return only instanceof Mul m ? explicitProduct(m) : print(only);
    }
    // Spaces only between two or three letters: "x_{3 3}" could read as 33, "W_{i+1 j}" as one index,
    // "W_{\alpha \beta}" as a product and four letters as a word.
    boolean simple = idx.size() <= 3
        && idx.stream().allMatch(x -> x instanceof Var v && v.name().matches("[A-Za-z]"));
    var parts = new ArrayList<String>();
    for (Expr x : idx) parts.add(print(x));
    return String.join(simple ? " " : ", ", parts);
  }

  private static String explicitProduct(Mul m) {
    var parts = new ArrayList<String>();
    for (int i = 0; i < m.factors().size(); i++) {
      parts.add(factor(m.factors().get(i), i == m.factors().size() - 1));
    }
    return String.join(" \\cdot ", parts);
  }

  // ---- shared helpers

  /** {@code e} in a slot the parser fills at {@code level}: bare when it binds at least that tightly. */
  static String atLeast(Expr e, int level) {
    return LatexLevels.level(e) < level ? group(e) : print(e);
  }

  /**
   * {@code e} where the parser reads a statement but no relation (a chain's term, inside {@code \frac{}{}}): a
   * {@code Compare} is grouped.
   */
  static String statement(Expr e) {
    return atLeast(e, LatexLevels.QUANTIFIER);
  }

  /** Parentheses around {@code e}: sized for sums and tall content, plain for short things like {@code -x}. */
  static String group(Expr e) {
    String inner = print(e);
    boolean big = e instanceof Add || TALL_MARKUP.matcher(inner).find();
    return big ? "\\left(" + inner + "\\right)" : "(" + inner + ")";
  }

  /** Superscripts, fractions, roots and big operators make content taller than a plain parenthesis. */
  private static final Pattern TALL_MARKUP =
      Pattern.compile("\\^|\\\\(?:frac|sqrt|sum|prod|lim|begin)(?![A-Za-z])");

  /** Holds a fraction-like node, which makes call parentheses worth sizing. */
  static boolean isTall(Expr e) {
    return Exprs.any(e, LatexPrinter::isFractionLike);
  }

  private static boolean isFractionLike(Expr e) {
    return e instanceof Div || e instanceof Deriv || e instanceof BigOp || e instanceof Limit
        || e instanceof MatrixLit || e instanceof Cases;
  }

  /** Needs no parentheses after a derivative operator. */
  private static boolean isAtomic(Expr e) {
    return (e instanceof Num && !isNegative(e)) || e instanceof Const || e instanceof Var
        || e instanceof Indexed || e instanceof Call || e instanceof Abs;
  }

  private static boolean isNegative(Expr e) {
    return LatexLevels.isNegative(e);
  }

  /** A name that can carry a sub- or superscript: one without its own {@code ^} or {@code _}. */
  static boolean isPlainName(String name) {
    return name.indexOf('^') < 0 && name.indexOf('_') < 0;
  }

  private static boolean startsWithDigit(String s) {
    return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.');
  }

  private static boolean endsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
  }

  /** Escapes text for {@code \text{...}}: the characters LaTeX treats specially. */
  static String textEscape(String s) {
    var out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '#', '&', '$', '_' -> out.append('\\').append(ch);
        case '^' -> out.append("\\^{}");
        case '~' -> out.append("\\~{}");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
