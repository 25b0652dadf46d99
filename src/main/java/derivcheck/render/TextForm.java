package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
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
    throw Exprs.unknownNode(e);
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
    var parts = new ArrayList<String>();
    for (Expr k : kids) parts.add(print(k));
    return head + "[" + String.join(", ", parts) + "]";
  }

  /** Words a bare name may not be: they mean something else in this form. */
  private static final List<String> RESERVED = List.of("E", "Pi", "Infinity", "order", "partial");

  /** Starts like a number, or holds a character that is structure here. */
  private static final Pattern CONFUSABLE = Pattern.compile("^[-+.0-9].*|.*[\\[\\],\"=;\\s].*");

  private static String name(String n) {
    boolean bare = !RESERVED.contains(n) && !CONFUSABLE.matcher(n).matches();
    return bare ? n : "Var[" + JsonWriter.quote(n) + "]";
  }
}
