package derivcheck.render;

import static derivcheck.render.PlainText.ATOM;
import static derivcheck.render.PlainText.MAPS;
import static derivcheck.render.PlainText.MEMBERSHIP;
import static derivcheck.render.PlainText.POWER;
import static derivcheck.render.PlainText.PRODUCT;
import static derivcheck.render.PlainText.QUANTIFIER;
import static derivcheck.render.PlainText.RELATION;
import static derivcheck.render.PlainText.SUM;
import static derivcheck.render.PlainText.TYPING;
import static derivcheck.render.PlainText.at;
import static derivcheck.render.PlainText.strictlyAbove;
import static derivcheck.render.PlainText.subscript;

import derivcheck.expr.BigO;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link PlainText} for the notation beyond arithmetic: {@code x^T}, {@code (a, b)}, {@code [a, b]},
 * {@code {1, ..., K}}, {@code [[a, b], [c, d]]}, {@code {x if x >= 0; -x otherwise}}, {@code f(.)},
 * {@code ||x||_2}, {@code floor(x)}, {@code ceil(x)}, {@code <a, b>}, {@code 0 < x <= 1}, {@code grad_x L},
 * {@code lim_{x -> inf} (1/x)}, {@code min_{k <= K} a}, {@code argmin_w L}, {@code O(n)}, {@code for all x in S},
 * {@code 1[i = j]}, and the operators {@code in, not in, subset, subseteq, ->, |->, :, propto, o, (*), mod, .*,
 * (x), <-} (composition, convolution, elementwise and tensor product, update). Operators that take the rest of an
 * expression ({@code grad}, {@code lim}, {@code min}) parenthesize a compound body and are parenthesized in
 * products, like {@code d/dx}.
 */
final class PlainNotation {
  private PlainNotation() {}

  static int precedence(Expr e) {
    if (e instanceof Compare) return RELATION;
    if (e instanceof ForAll) return QUANTIFIER;
    if (e instanceof Infix i) return precedence(i.op());
    if (e instanceof Transpose) return POWER;
    if (e instanceof Gradient || e instanceof Limit || e instanceof Optimize) return SUM; // the body runs right
    return ATOM;
  }

  private static int precedence(Infix.Op op) {
    return switch (op) {
      case COLON -> TYPING;
      case TO, MAPSTO, ASSIGN -> MAPS;
      case IN, NOTIN, SUBSET, SUBSETEQ, PROPTO -> MEMBERSHIP;
      case STAR, FULL_STAR, CIRCULAR_STAR, COMPOSE, MOD, HADAMARD, OTIMES -> PRODUCT;
    };
  }

  static String print(Expr e) {
    if (e instanceof Transpose t) return strictlyAbove(t.arg(), POWER) + "^T";
    if (e instanceof Tuple t) {
      String items = items(t.items());
      return t.bracket() == Tuple.Bracket.PAREN ? "(" + items + ")" : "[" + items + "]";
    }
    if (e instanceof SetLit s) return "{" + items(s.items()) + "}";
    if (e instanceof MatrixLit m) return matrix(m);
    if (e instanceof Cases c) return cases(c);
    if (e instanceof Dots) return "...";
    if (e instanceof Placeholder) return ".";
    if (e instanceof Text t) return t.text();
    if (e instanceof Norm n) {
      String norm = "||" + PlainText.print(n.arg()) + "||";
      return n.p() == null ? norm : norm + subscript(List.of(n.p()), ", ");
    }
    if (e instanceof Floor f) return "floor(" + PlainText.print(f.arg()) + ")";
    if (e instanceof Ceil c) return "ceil(" + PlainText.print(c.arg()) + ")";
    if (e instanceof Inner i) return "<" + PlainText.print(i.left()) + ", " + PlainText.print(i.right()) + ">";
    if (e instanceof Compare c) return compare(c);
    if (e instanceof Gradient g) return prefixed("grad", g.var(), g.body());
    if (e instanceof Limit l) {
      return "lim_{" + PlainText.print(l.var()) + " -> " + PlainText.print(l.target()) + "} " + at(l.body(), ATOM);
    }
    if (e instanceof Optimize o) return prefixed(o.kind().name().toLowerCase(Locale.ROOT), o.over(), o.body());
    if (e instanceof BigO o) return "O(" + PlainText.print(o.arg()) + ")";
    if (e instanceof ForAll a) return "for all " + at(a.bound(), QUANTIFIER);
    if (e instanceof Indicator i) return "1[" + PlainText.print(i.condition()) + "]";
    if (e instanceof Infix i) return infix(i);
    if (e instanceof derivcheck.expr.Prime p) {
      return "(" + PlainText.print(p.body()) + ")" + "'".repeat(p.order())
          + (p.at() == null ? "" : "(" + PlainText.print(p.at()) + ")");
    }
    if (e instanceof derivcheck.expr.At a) {
      return "(" + PlainText.print(a.body()) + ")|_{" + PlainText.print(a.var()) + " = " + PlainText.print(a.value())
          + "}";
    }
    throw Exprs.unknownNode(e);
  }

  private static String items(List<Expr> items) {
    var parts = new ArrayList<String>();
    for (Expr item : items) parts.add(PlainText.print(item));
    return String.join(", ", parts);
  }

  private static String matrix(MatrixLit m) {
    var rows = new ArrayList<String>();
    for (List<Expr> row : m.rows()) rows.add("[" + items(row) + "]");
    return "[" + String.join(", ", rows) + "]";
  }

  private static String cases(Cases c) {
    var parts = new ArrayList<String>();
    for (int i = 0; i < c.values().size(); i++) {
      Expr condition = c.conditions().get(i);
      String when = condition instanceof Text t ? t.text() : "if " + PlainText.print(condition);
      parts.add(PlainText.print(c.values().get(i)) + " " + when);
    }
    return "{" + String.join("; ", parts) + "}";
  }

  private static String compare(Compare c) {
    var out = new StringBuilder(at(c.terms().get(0), QUANTIFIER));
    for (int i = 0; i < c.relations().size(); i++) {
      out.append(' ').append(TextForm.relation(c.relations().get(i))).append(' ')
          .append(at(c.terms().get(i + 1), QUANTIFIER));
    }
    return out.toString();
  }

  /** {@code grad f}, {@code grad_x L}, {@code min_{k <= K} (a + b)}; a tuple below lists its entries. */
  private static String prefixed(String word, Expr below, Expr body) {
    String sub = "";
    if (below != null) {
      boolean list = below instanceof Tuple t && t.bracket() == Tuple.Bracket.PAREN;
      sub = subscript(list ? ((Tuple) below).items() : List.of(below), ", ");
    }
    return word + sub + " " + at(body, ATOM);
  }

  private static String infix(Infix i) {
    int level = precedence(i.op());
    String op = switch (i.op()) {
      case IN -> "in";
      case NOTIN -> "not in";
      case SUBSET -> "subset";
      case SUBSETEQ -> "subseteq";
      case TO -> "->";
      case MAPSTO -> "|->";
      case COLON -> ":";
      case PROPTO -> "propto";
      case COMPOSE -> "o";
      case STAR -> "(*)";
      case FULL_STAR -> "(~*)";
      case CIRCULAR_STAR -> "(o*)";
      case MOD -> "mod";
      case HADAMARD -> ".*";
      case OTIMES -> "(x)";
      case ASSIGN -> "<-";
    };
    // maps group to the right (A -> B -> C is A -> (B -> C)); the others to the left; f : A has one colon
    boolean right = level == MAPS;
    String lhs = right || level == TYPING ? strictlyAbove(i.lhs(), level) : at(i.lhs(), level);
    String rhs = right ? at(i.rhs(), level) : strictlyAbove(i.rhs(), level);
    return lhs + " " + op + " " + rhs;
  }
}
