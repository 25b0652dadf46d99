package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigO;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Chain;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
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
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical one-line text of a tree, for golden tests and the {@code parse} command. It shows the structure
 * exactly (two trees print the same iff they are equal), with no simplification:
 * <ul>
 *   <li>{@code Num}: its exact decimal, {@code 2}, {@code 0.5}, {@code -3}.
 *   <li>{@code Const}: {@code E}, {@code Pi}, {@code Infinity}.
 *   <li>{@code Var}: its name, {@code x}, {@code \alpha}, {@code \mathbf{x}}; a name that could be confused with
 *       anything else (a constant's word, a number, a name with brackets, commas, quotes or spaces) prints as
 *       {@code Var["E"]} with JSON string escapes.
 *   <li>Nodes: {@code Neg[x]}, {@code Add[x, Neg[Mul[2, y]]]}, {@code Mul[..]}, {@code Div[num, den]},
 *       {@code Pow[E, Neg[x]]}, {@code Abs[x]}, {@code Indexed[W, k, j]} (base, then indices).
 *   <li>{@code Call[\sigma, x]}; primes join the name: {@code Call[\sigma', x]}, {@code Call[f'', x, y]};
 *       no arguments: {@code Call[f]}. A function name with structural characters or its own prime prints as a JSON string.
 *   <li>{@code Deriv[x, body]}: variable first, then body, then {@code order=2} if the order is not 1 and
 *       {@code partial} if written with {@code \partial}: {@code Deriv[a, Pow[a, 2], order=2, partial]}.
 *   <li>{@code Sum[j, 1, n, body]}, {@code Prod[j, body]} (range omitted when implicit).
 *   <li>Notation: {@code Transpose[x]}; {@code Tuple[a, b]} for {@code (a, b)} and {@code Tuple[a, b, square]} for
 *       {@code [a, b]}; {@code Set[1, Dots[low], K]}, {@code Set[]}; {@code Matrix[[a, b], [c, d], env=bmatrix]}
 *       (rows, then the environment); {@code Cases[[x, Compare[x >= 0]], [Neg[x], Text["otherwise"]]]} (value and
 *       condition of each case); {@code Dots[low]}, {@code Dots[center]}, {@code Dots[vertical]},
 *       {@code Dots[diagonal]}; {@code Placeholder[]}; {@code Text["otherwise"]}; {@code Norm[x]},
 *       {@code Norm[x, 2]}; {@code Floor[x]}, {@code Ceil[x]}, {@code Inner[a, b]}; {@code Compare[i = j]},
 *       {@code Compare[0 < x <= 1]} (relations as in chains); {@code Gradient[f]}, {@code Gradient[\mathbf{x}, L]}
 *       (variable first, like {@code Deriv}); {@code Limit[x, Infinity, body]}; {@code Min[body]},
 *       {@code Min[Compare[k <= K], body]}, likewise {@code Max}, {@code Sup}, {@code Inf}, {@code Argmin},
 *       {@code Argmax}; {@code BigO[n]}; {@code ForAll[x]}; {@code Indicator[Compare[i = j]]}; {@code Prime[body]} for
 *       {@code (body)'}, {@code Prime[body, at=a, order=2]} for {@code (body)''(a)};
 *       {@code Infix[\circ, h, g]} with the operator's LaTeX ({@code \in \notin \subset \subseteq \to \mapsto :
 *       \propto \circ * \bmod \odot \otimes \leftarrow}).
 *   <li>Chains: terms joined by ASCII relations ({@code = != < <= > >= ~= :=}), {@code "= b"} for a leading
 *       relation, then {@code "; for <chain>"} per condition and {@code "; note \"text\""}.
 * </ul>
 */
public final class TextForm {
  private TextForm() {}

  public static String print(Expr e) {
    if (e instanceof Num n) return n.value().toPlainString();
    if (e instanceof Const c) return constant(c);
    if (e instanceof Var v) return name(v.name());
    if (e instanceof Neg n) return node("Neg", n.arg());
    if (e instanceof Add a) return node("Add", a.terms());
    if (e instanceof Mul m) return node("Mul", m.factors());
    if (e instanceof Div d) return node("Div", d.num(), d.den());
    if (e instanceof Pow p) return node("Pow", p.base(), p.exp());
    if (e instanceof Call c) return call(c);
    if (e instanceof Deriv d) return deriv(d);
    if (e instanceof Abs a) return node("Abs", a.arg());
    if (e instanceof Indexed i) return node("Indexed", i.children());
    if (e instanceof BigOp b) return node(b.kind() == BigOp.Kind.SUM ? "Sum" : "Prod", b.children());
    return notation(e);
  }

  private static String notation(Expr e) {
    if (e instanceof Transpose t) return node("Transpose", t.arg());
    if (e instanceof Tuple t) {
      var parts = printed(t.items());
      if (t.bracket() == Tuple.Bracket.SQUARE) parts.add("square");
      return "Tuple[" + String.join(", ", parts) + "]";
    }
    if (e instanceof SetLit s) return node("Set", s.items());
    if (e instanceof MatrixLit m) return matrix(m);
    if (e instanceof Cases c) return cases(c);
    if (e instanceof Dots d) return "Dots[" + d.kind().name().toLowerCase(Locale.ROOT) + "]";
    if (e instanceof Placeholder) return "Placeholder[]";
    if (e instanceof Text t) return "Text[" + JsonWriter.quote(t.text()) + "]";
    if (e instanceof Norm n) return node("Norm", n.children());
    if (e instanceof Floor f) return node("Floor", f.arg());
    if (e instanceof Ceil c) return node("Ceil", c.arg());
    if (e instanceof Inner i) return node("Inner", i.left(), i.right());
    if (e instanceof Compare c) return compare(c);
    if (e instanceof Gradient g) {
      return g.var() == null ? node("Gradient", g.body()) : node("Gradient", g.var(), g.body());
    }
    if (e instanceof Limit l) return node("Limit", l.var(), l.target(), l.body());
    if (e instanceof Optimize o) return node(OPTIMA.get(o.kind()), o.children());
    if (e instanceof BigO o) return node("BigO", o.arg());
    if (e instanceof ForAll a) return node("ForAll", a.bound());
    if (e instanceof Indicator i) return node("Indicator", i.condition());
    if (e instanceof Infix i) return "Infix[" + i.op().latex() + ", " + print(i.lhs()) + ", " + print(i.rhs()) + "]";
    if (e instanceof derivcheck.expr.At a) return node("At", a.body(), a.var(), a.value());
    if (e instanceof derivcheck.expr.Prime p) {
      return "Prime[" + print(p.body()) + (p.at() == null ? "" : ", at=" + print(p.at()))
          + (p.order() == 1 ? "" : ", order=" + p.order()) + "]";
    }
    throw Exprs.unknownNode(e);
  }

  private static final Map<Optimize.Kind, String> OPTIMA = Map.of(
      Optimize.Kind.MIN, "Min", Optimize.Kind.MAX, "Max", Optimize.Kind.SUP, "Sup", Optimize.Kind.INF, "Inf",
      Optimize.Kind.ARGMIN, "Argmin", Optimize.Kind.ARGMAX, "Argmax");

  private static String matrix(MatrixLit m) {
    var parts = new ArrayList<String>();
    for (List<Expr> row : m.rows()) parts.add("[" + String.join(", ", printed(row)) + "]");
    parts.add("env=" + (CONFUSABLE.matcher(m.env()).matches() ? JsonWriter.quote(m.env()) : m.env()));
    return "Matrix[" + String.join(", ", parts) + "]";
  }

  private static String cases(Cases c) {
    var parts = new ArrayList<String>();
    for (int i = 0; i < c.values().size(); i++) {
      parts.add("[" + print(c.values().get(i)) + ", " + print(c.conditions().get(i)) + "]");
    }
    return "Cases[" + String.join(", ", parts) + "]";
  }

  /** {@code Compare[a = b <= c]}: the terms with the chain's ASCII relations between them. */
  private static String compare(Compare c) {
    var out = new StringBuilder("Compare[").append(print(c.terms().get(0)));
    for (int i = 0; i < c.relations().size(); i++) {
      out.append(' ').append(relation(c.relations().get(i))).append(' ').append(print(c.terms().get(i + 1)));
    }
    return out.append(']').toString();
  }

  private static List<String> printed(List<Expr> items) {
    var parts = new ArrayList<String>();
    for (Expr item : items) parts.add(print(item));
    return parts;
  }

  public static String print(Chain c) {
    var out = new StringBuilder();
    int r = 0;
    if (c.leading()) out.append(relation(c.relations().get(r++))).append(' ');
    for (int t = 0; t < c.terms().size(); t++) {
      if (t > 0) out.append(' ').append(relation(c.relations().get(r++))).append(' ');
      out.append(print(c.terms().get(t)));
    }
    for (Chain cond : c.conditions()) out.append("; for ").append(print(cond));
    if (!c.note().isEmpty()) out.append("; note ").append(JsonWriter.quote(c.note()));
    return out.toString();
  }

  /** The ASCII spelling of a relation used in chains. */
  public static String relation(Relation r) {
    return switch (r) {
      case EQ -> "=";
      case NE -> "!=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case APPROX -> "~=";
      case DEFINES -> ":=";
    };
  }

  private static String constant(Const c) {
    return switch (c.kind()) {
      case E -> "E";
      case PI -> "Pi";
      case INFINITY -> "Infinity";
    };
  }

  private static String call(Call c) {
    var parts = new ArrayList<String>();
    // A name that itself holds a prime is quoted, so Call["f'", x] and Call[f', x] stay apart.
    boolean quoted = CONFUSABLE.matcher(c.fn()).matches() || c.fn().indexOf('\'') >= 0;
    parts.add((quoted ? JsonWriter.quote(c.fn()) : c.fn()) + "'".repeat(c.primes()));
    for (Expr a : c.args()) parts.add(print(a));
    return "Call[" + String.join(", ", parts) + "]";
  }

  private static String deriv(Deriv d) {
    var parts = new ArrayList<String>();
    parts.add(print(d.var()));
    parts.add(print(d.body()));
    if (d.order() != 1) parts.add("order=" + d.order());
    if (d.partial()) parts.add("partial");
    return "Deriv[" + String.join(", ", parts) + "]";
  }

  private static String node(String head, Expr... kids) {
    return node(head, List.of(kids));
  }

  private static String node(String head, List<Expr> kids) {
    return head + "[" + String.join(", ", printed(kids)) + "]";
  }

  /** Words a bare name may not be: they mean something else in this form. */
  private static final List<String> RESERVED = List.of("E", "Pi", "Infinity", "order", "partial", "square");

  /** Starts like a number, or holds a character that is structure here. */
  private static final Pattern CONFUSABLE = Pattern.compile("^[-+.0-9].*|.*[\\[\\],\"=;\\s].*");

  private static String name(String n) {
    boolean bare = !RESERVED.contains(n) && !CONFUSABLE.matcher(n).matches();
    return bare ? n : "Var[" + JsonWriter.quote(n) + "]";
  }
}
