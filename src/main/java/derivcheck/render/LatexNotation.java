package derivcheck.render;

import static derivcheck.render.LatexPrinter.atLeast;
import static derivcheck.render.LatexPrinter.group;
import static derivcheck.render.LatexPrinter.print;
import static derivcheck.render.LatexPrinter.statement;

import derivcheck.expr.Abs;
import derivcheck.expr.BigO;
import derivcheck.expr.Call;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Pow;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LaTeX for the notation beyond arithmetic, in the forms {@code derivcheck.parse} reads back as the same tree
 * (grammar/README.md). Each rule, with the reason where the obvious form would be misread:
 * <ul>
 *   <li>{@code Transpose}: {@code \mathbf{p}^{\top}}, {@code \sigma(z)^{\top}}, {@code [a, b]^{\top}}; a labelled
 *       name {@code \mathbf{W}^{(2)\top}}; a power or another transpose is grouped (a second superscript).
 *   <li>{@code Tuple}: {@code (a, b)} or {@code [a, b]}; {@code SetLit}: {@code \{1, \dots, K - 1\}}, {@code \{\}};
 *       {@code Inner}: {@code \langle a, b \rangle}; {@code Floor}, {@code Ceil}: {@code \lfloor x \rfloor}. Brackets
 *       are sized with {@code \left \right} around tall content.
 *   <li>{@code Norm}: {@code \left\|x\right\|}, {@code \left\|x\right\|_{2}} (sized bars, like {@code Abs}, so each
 *       bar's side is explicit).
 *   <li>{@code MatrixLit}: {@code \begin{bmatrix} a & b \\ c & d \end{bmatrix}} with the environment as written;
 *       {@code array} gets a column specification {@code {cc}}.
 *   <li>{@code Cases}: {@code \begin{cases} v & \text{if } c \\ w & \text{otherwise} \end{cases}}; a {@code Text}
 *       condition is written alone, any other after {@code \text{if }}.
 *   <li>{@code Dots}: {@code \dots}, {@code \cdots}, {@code \vdots}, {@code \ddots}; {@code Placeholder}:
 *       {@code \cdot} (read back only as an argument, {@code f(\cdot)}, {@code \|\cdot\|}, or a set or inner-product
 *       entry); {@code Text}: {@code \text{..}} with LaTeX's special characters escaped.
 *   <li>{@code Compare}: {@code a = b \le c}, bare where the parser reads a relation chain (the whole formula, list
 *       entries, cells, cases, sub- and superscripts) and grouped elsewhere: {@code \left(x > 0\right) + 1}.
 *   <li>{@code Gradient}: {@code \nabla f(x)}, {@code \nabla_{\mathbf{x}} L}; a body other than one factor is
 *       grouped ({@code \nabla \left(a + b\right)}), and a gradient followed by more factors is grouped too, since
 *       {@code \nabla} takes every factor after it.
 *   <li>{@code Limit}: {@code \lim_{x \to \infty} \frac{1}{x}}; {@code Optimize}: {@code \min_{k \le K} a},
 *       {@code \operatorname{argmin}_{\mathbf{w}} L}, {@code \min_{a, b} f} for a tuple below;
 *       {@code ForAll}: {@code \forall x \in S}. Their bodies run to the right (the rest of the term, of the
 *       expression, of the statement), so the parent groups them when something follows ({@link LatexLevels}).
 *   <li>{@code BigO}: {@code O(n)}, the parenthesis right after the {@code O}; {@code Indicator}:
 *       {@code \mathbf{1}_{i = j}}, {@code \mathbf{1}_{x \in S}}.
 *   <li>{@code Infix}: {@code h \circ g \circ f}, {@code \mathbf{x} * \mathbf{w}}, {@code x \in S},
 *       {@code f : A \to B}, with the parser's precedence and associativity ({@link LatexLevels}):
 *       {@code (h \circ g) x} groups the composition, {@code a * (b \cdot c)} the product.
 * </ul>
 * Not representable, so printed readably but not read back equal: an {@code Optimize} without a range, an
 * {@code Indicator} whose condition is not a comparison or membership, a subscripted norm without its own {@code p}
 * ({@code Indexed[Norm[x], i]} reads as {@code \|x\|_i}), and a power {@code T} of a bold name, a matrix or a
 * square-bracket tuple (read as a transpose).
 */
final class LatexNotation {
  private LatexNotation() {}

  static String printNotation(Expr e) {
    if (e instanceof Transpose t) return transpose(t);
    if (e instanceof Tuple t) return tuple(t);
    if (e instanceof SetLit s) return bracketed("\\{", items(s.items()), "\\}", s.items());
    if (e instanceof MatrixLit m) return matrix(m);
    if (e instanceof Cases c) return cases(c);
    if (e instanceof Dots d) return dots(d);
    if (e instanceof Placeholder) return "\\cdot";
    if (e instanceof Text t) return "\\text{" + LatexPrinter.textEscape(t.text()) + "}";
    if (e instanceof Norm n) return norm(n);
    if (e instanceof Floor f) return bracketed("\\lfloor ", atLeast(f.arg(), LatexLevels.SUM), " \\rfloor", f.arg());
    if (e instanceof Ceil c) return bracketed("\\lceil ", atLeast(c.arg(), LatexLevels.SUM), " \\rceil", c.arg());
    if (e instanceof Inner i) {
      return bracketed("\\langle ", print(i.left()) + ", " + print(i.right()), " \\rangle", i.left(), i.right());
    }
    if (e instanceof Compare c) return compare(c);
    if (e instanceof Gradient g) return gradient(g);
    if (e instanceof Limit l) return limit(l);
    if (e instanceof Optimize o) return optimize(o);
    if (e instanceof BigO o) return "O" + parenthesized(print(o.arg()), o.arg());
    if (e instanceof ForAll a) return "\\forall " + statement(a.bound());
    if (e instanceof Indicator i) return "\\mathbf{1}_{" + print(i.condition()) + "}";
    if (e instanceof Infix i) return infix(i);
    if (e instanceof derivcheck.expr.Prime p) {
      return "\\left(" + print(p.body()) + "\\right)" + "'".repeat(p.order())
          + (p.at() == null ? "" : "(" + print(p.at()) + ")");
    }
    if (e instanceof derivcheck.expr.At a) {
      return "\\left. " + statement(a.body()) + " \\right|_{" + print(a.var()) + " = " + print(a.value()) + "}";
    }
    throw Exprs.unknownNode(e);
  }

  /** Environments that draw their own brackets, so that a script after them is clearly theirs. */
  private static final Set<String> BRACKETED_ENVIRONMENTS = Set.of("pmatrix", "bmatrix", "Bmatrix", "vmatrix",
      "Vmatrix");

  /** Printed inside its own delimiters, so a sub- or superscript can follow it without a group. */
  static boolean isDelimited(Expr e) {
    return e instanceof Tuple || e instanceof SetLit || e instanceof Norm || e instanceof Floor || e instanceof Ceil
        || e instanceof Inner || e instanceof BigO
        || (e instanceof MatrixLit m && BRACKETED_ENVIRONMENTS.contains(m.env()));
  }

  // ---- brackets and lists

  private static String tuple(Tuple t) {
    String items = items(t.items());
    return t.bracket() == Tuple.Bracket.PAREN ? parenthesized(items, t.items().toArray(Expr[]::new))
        : bracketed("[", items, "]", t.items());
  }

  /** Entries of a list: the parser reads each as a relation chain, so nothing needs a group. */
  private static String items(List<Expr> items) {
    return joined(items, ", ");
  }

  private static String joined(List<Expr> items, String separator) {
    var parts = new ArrayList<String>();
    for (Expr item : items) parts.add(print(item));
    return String.join(separator, parts);
  }

  private static String parenthesized(String inner, Expr... content) {
    return bracketed("(", inner, ")", content);
  }

  private static String bracketed(String open, String inner, String close, List<Expr> content) {
    return bracketed(open, inner, close, content.toArray(Expr[]::new));
  }

  /** {@code open inner close}, sized with {@code \left \right} when the content is tall. */
  private static String bracketed(String open, String inner, String close, Expr... content) {
    boolean tall = false;
    for (Expr c : content) tall |= LatexPrinter.isTall(c);
    if (!tall) return open + inner + close;
    return "\\left" + open.strip() + (open.endsWith(" ") ? " " : "") + inner
        + (close.startsWith(" ") ? " " : "") + "\\right" + close.strip();
  }

  private static String norm(Norm n) {
    String arg = n.arg() instanceof Placeholder ? "\\cdot" : atLeast(n.arg(), LatexLevels.SUM);
    String out = "\\left\\|" + arg + "\\right\\|";
    return n.p() == null ? out : out + "_{" + print(n.p()) + "}";
  }

  private static String matrix(MatrixLit m) {
    var rows = new ArrayList<String>();
    for (List<Expr> row : m.rows()) rows.add(joined(row, " & "));
    String spec = m.env().equals("array") ? "{" + "c".repeat(m.width()) + "}" : "";
    return "\\begin{" + m.env() + "}" + spec + " " + String.join(" \\\\ ", rows) + " \\end{" + m.env() + "}";
  }

  private static String cases(Cases c) {
    var rows = new ArrayList<String>();
    for (int i = 0; i < c.values().size(); i++) {
      rows.add(print(c.values().get(i)) + " & " + condition(c.conditions().get(i)));
    }
    return "\\begin{cases} " + String.join(" \\\\ ", rows) + " \\end{cases}";
  }

  /** {@code \text{otherwise}} alone; anything else after {@code \text{if }}, which cannot precede a quantifier. */
  private static String condition(Expr c) {
    if (c instanceof Text t) return print(t);
    String printed = print(c);
    return "\\text{if } " + (printed.startsWith("\\forall") ? group(c) : printed);
  }

  private static String dots(Dots d) {
    return switch (d.kind()) {
      case LOW -> "\\dots";
      case CENTER -> "\\cdots";
      case VERTICAL -> "\\vdots";
      case DIAGONAL -> "\\ddots";
    };
  }

  // ---- statements and operators

  private static String compare(Compare c) {
    var out = new StringBuilder(statement(c.terms().get(0)));
    for (int i = 0; i < c.relations().size(); i++) {
      out.append(' ').append(c.relations().get(i).latex()).append(' ').append(statement(c.terms().get(i + 1)));
    }
    return out.toString();
  }

  private static String infix(Infix i) {
    String lhs = LatexLevels.groupsInfixLeft(i.op(), i.lhs()) ? group(i.lhs()) : print(i.lhs());
    String rhs = LatexLevels.groupsInfixRight(i.op(), i.rhs()) ? group(i.rhs()) : print(i.rhs());
    return lhs + " " + i.op().latex() + " " + rhs;
  }

  private static String transpose(Transpose t) {
    Expr arg = t.arg();
    if (arg instanceof Var v) {
      var labelled = PARENTHESIZED_LABEL.matcher(v.name());
      if (labelled.matches()) return labelled.group(1) + "\\top}"; // \mathbf{W}^{(2)\top}
    }
    boolean bare = (arg instanceof Var v && LatexPrinter.isPlainName(v.name()))
        || arg instanceof Indexed || arg instanceof Const || (arg instanceof Num && !LatexLevels.isNegative(arg))
        || arg instanceof Abs || (arg instanceof Call c && !LatexPrinter.isSqrtForm(c))
        || arg instanceof MatrixLit || isDelimited(arg);
    return (bare ? print(arg) : group(arg)) + "^{\\top}";
  }

  /** A name ending in a parenthesized superscript label, {@code w^{(t)}}, up to the label's closing brace. */
  private static final Pattern PARENTHESIZED_LABEL = Pattern.compile("(.*\\^\\{\\(.*\\))}");

  private static String gradient(Gradient g) {
    String head = g.var() == null ? "\\nabla " : "\\nabla_{" + print(g.var()) + "} ";
    Expr body = g.body();
    return head + (isOneFactor(body) ? print(body) : group(body));
  }

  /** Printed as a single factor, which is all {@code \nabla} takes. */
  private static boolean isOneFactor(Expr e) {
    return e instanceof Var || e instanceof Const || (e instanceof Num && !LatexLevels.isNegative(e))
        || e instanceof Indexed || e instanceof Call || e instanceof Pow || e instanceof Transpose
        || e instanceof Abs || e instanceof Div || e instanceof Gradient || e instanceof Indicator
        || e instanceof MatrixLit || e instanceof Cases || isDelimited(e);
  }

  private static String limit(Limit l) {
    return "\\lim_{" + print(l.var()) + " \\to " + atLeast(l.target(), LatexLevels.MAPS) + "} "
        + LatexPrinter.termBody(l.body());
  }

  private static String optimize(Optimize o) {
    String head = switch (o.kind()) {
      case MIN -> "\\min";
      case MAX -> "\\max";
      case SUP -> "\\sup";
      case INF -> "\\inf";
      case ARGMIN -> "\\operatorname{argmin}";
      case ARGMAX -> "\\operatorname{argmax}";
    };
    Expr over = o.over();
    if (over != null) {
      // several entries below the operator read as a tuple: \min_{a, b}
      boolean list = over instanceof Tuple t && t.bracket() == Tuple.Bracket.PAREN;
      head += "_{" + (list ? items(((Tuple) over).items()) : print(over)) + "}";
    }
    return head + " " + atLeast(o.body(), LatexLevels.SUM);
  }
}
