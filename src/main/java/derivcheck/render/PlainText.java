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
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compact calculator-style form for terminal lines: {@code sigma(x)*(1 - sigma(x))},
 * {@code e^(-x)/(1 + e^(-x))^2}, {@code d/dx (x^2)}, {@code sum(j=1..n, x_j)}. Meant for people, not for parsing back:
 * {@code d/dx} stands for both ordinary and partial derivatives.
 *
 * <p>Precedence, loosest first: sums, unary minus (over a whole product, as in {@code -2*x}), products and
 * quotients (left to right), powers (right operand always atomic or parenthesized). Names lose their backslash
 * ({@code \alpha} is {@code alpha}) and {@code \operatorname{..}}, {@code \mathrm{..}}, {@code \text{..}} wrappers;
 * other markup such as {@code \mathbf{x}} is kept as written.
 */
public final class PlainText {
  private PlainText() {}

  // Statement levels (see grammar/README.md), then arithmetic.
  static final int RELATION = 0;
  static final int QUANTIFIER = 1;
  static final int TYPING = 2;
  static final int MAPS = 3;
  static final int MEMBERSHIP = 4;
  static final int SUM = 5;
  static final int PRODUCT = 6;
  static final int POWER = 7;
  static final int ATOM = 8;

  public static String print(Expr e) {
    if (e instanceof Num n) return n.value().toPlainString();
    if (e instanceof Const c) return constant(c);
    if (e instanceof Var v) return name(v.name());
    if (e instanceof Neg n) return "-" + at(n.arg(), PRODUCT);
    if (e instanceof Add a) return add(a);
    if (e instanceof Mul m) return mul(m);
    if (e instanceof Div d) return at(d.num(), PRODUCT) + "/" + strictlyAbove(d.den(), PRODUCT);
    if (e instanceof Pow p) return strictlyAbove(p.base(), POWER) + "^" + exponent(p.exp());
    if (e instanceof Call c) return call(c);
    if (e instanceof Deriv d) return deriv(d);
    if (e instanceof Abs a) return "|" + print(a.arg()) + "|";
    if (e instanceof Indexed i) return indexed(i);
    if (e instanceof BigOp b) return bigOp(b);
    return PlainNotation.print(e);
  }

  /** {@code a = b <= c  (for x > 0)}. */
  public static String print(Chain c) {
    var out = new StringBuilder();
    int r = 0;
    if (c.leading()) out.append(TextForm.relation(c.relations().get(r++))).append(' ');
    for (int t = 0; t < c.terms().size(); t++) {
      if (t > 0) out.append(' ').append(TextForm.relation(c.relations().get(r++))).append(' ');
      out.append(at(c.terms().get(t), QUANTIFIER));
    }
    if (!c.conditions().isEmpty()) {
      var conds = new ArrayList<String>();
      for (Chain cond : c.conditions()) conds.add(print(cond));
      out.append("  (for ").append(String.join(", ", conds)).append(')');
    }
    return out.toString();
  }

  static int precedence(Expr e) {
    if (e instanceof Add) return SUM;
    if (e instanceof Neg || (e instanceof Num n && n.value().signum() < 0)) return SUM;
    if (e instanceof Mul || e instanceof Div) return PRODUCT;
    if (e instanceof Pow) return POWER;
    if (e instanceof Deriv) return SUM; // its body runs to the right
    return PlainNotation.precedence(e);
  }

  static String at(Expr e, int level) {
    return precedence(e) >= level ? print(e) : "(" + print(e) + ")";
  }

  static String strictlyAbove(Expr e, int level) {
    return precedence(e) > level ? print(e) : "(" + print(e) + ")";
  }

  private static String add(Add a) {
    var out = new StringBuilder();
    for (int i = 0; i < a.terms().size(); i++) {
      Expr t = a.terms().get(i);
      if (i == 0) {
        out.append(t instanceof Add || precedence(t) < SUM ? "(" + print(t) + ")" : print(t));
      } else if (t instanceof Neg n) {
        out.append(" - ").append(at(n.arg(), PRODUCT));
      } else {
        out.append(" + ").append(strictlyAbove(t, SUM));
      }
    }
    return out.toString();
  }

  private static String mul(Mul m) {
    var parts = new ArrayList<String>();
    for (Expr f : m.factors()) parts.add(f instanceof Div ? "(" + print(f) + ")" : strictlyAbove(f, PRODUCT));
    return String.join("*", parts);
  }

  private static String call(Call c) {
    var args = new ArrayList<String>();
    for (Expr a : c.args()) args.add(print(a));
    return name(c.fn()) + "'".repeat(c.primes()) + "(" + String.join(", ", args) + ")";
  }

  /** Only a name or a number stays bare: {@code e^x}, {@code x^2}, but {@code e^(x_j)}, {@code e^(sigma(x))}. */
  private static String exponent(Expr e) {
    boolean bare = e instanceof Var || e instanceof Const || (e instanceof Num n && n.value().signum() >= 0);
    return bare ? print(e) : "(" + print(e) + ")";
  }

  /** {@code d/dx}, {@code d^2/dx^2}; a longer variable is parenthesized: {@code d/d(alpha)}. */
  private static String deriv(Deriv d) {
    String order = d.order() == 1 ? "" : "^" + d.order();
    String var = print(d.var());
    if (var.length() > 1) var = "(" + var + ")";
    return "d" + order + "/d" + var + order + " " + at(d.body(), ATOM);
  }

  private static String indexed(Indexed i) {
    String base = precedence(i.base()) == ATOM && !(i.base() instanceof Abs) ? print(i.base())
        : "(" + print(i.base()) + ")";
    return base + subscript(i.indices(), ",");
  }

  /** {@code _j} for one atomic entry, {@code _{i,j}} or {@code _{k <= K}} otherwise. */
  static String subscript(List<Expr> entries, String separator) {
    if (entries.size() == 1 && precedence(entries.get(0)) == ATOM) return "_" + print(entries.get(0));
    var parts = new ArrayList<String>();
    for (Expr x : entries) parts.add(print(x));
    return "_{" + String.join(separator, parts) + "}";
  }

  private static String bigOp(BigOp b) {
    String op = b.kind() == BigOp.Kind.SUM ? "sum" : "prod";
    String range = print(b.index());
    if (b.lower() != null) range += "=" + print(b.lower()) + ".." + print(b.upper());
    return op + "(" + range + ", " + print(b.body()) + ")";
  }

  private static String constant(Const c) {
    return switch (c.kind()) {
      case E -> "e";
      case PI -> "pi";
      case INFINITY -> "inf";
    };
  }

  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern WRAPPED = Pattern.compile("\\\\(?:operatorname|mathrm|text)\\{([^{}]*)}");

  /** {@code \alpha} to {@code alpha}, {@code \operatorname{softplus}} to {@code softplus}; else as written. */
  static String name(String latex) {
    Matcher wrapped = WRAPPED.matcher(latex);
    if (wrapped.matches()) return wrapped.group(1);
    Matcher command = COMMAND.matcher(latex);
    if (command.matches()) return command.group(1);
    return latex;
  }
}
