package derivcheck.rules;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Pow;
import derivcheck.render.TextForm;
import java.util.ArrayList;
import java.util.List;

/**
 * A canonical key for equality up to the order of terms and factors and the placement of signs and numeric
 * coefficients: {@code -(a b) + c} and {@code c - b a} have the same key. Nothing is expanded or collected, so two
 * keys agree only when the expressions differ by rearrangement, which is what a reader accepts without a step.
 */
public final class Ac {
  private Ac() {}

  public static String key(Expr e) {
    Term t = Term.of(e);
    var keys = new ArrayList<String>();
    for (Expr f : t.factors()) keys.add(atom(f));
    keys.sort(null);
    return t.coef() + "*" + String.join("*", keys);
  }

  public static boolean same(Expr a, Expr b) {
    return a.equals(b) || key(a).equals(key(b));
  }

  private static String atom(Expr e) {
    if (e instanceof Add a) {
      var keys = new ArrayList<String>();
      addTerms(a, keys);
      keys.sort(null);
      return "Add(" + String.join(",", keys) + ")";
    }
    if (e instanceof Div d) return "Div(" + key(d.num()) + "," + key(d.den()) + ")";
    if (e instanceof Pow p && p.base().equals(Const.E)) {
      return "Pow(" + key(Const.E) + "," + key(ExpLogRules.normalExponent(p.exp())) + ")";
    }
    if (e instanceof Pow p) return "Pow(" + key(p.base()) + "," + key(p.exp()) + ")";
    if (e instanceof Call c && c.fn().equals("\\exp") && c.primes() == 0 && c.args().size() == 1) {
      return "Pow(" + key(Const.E) + "," + key(ExpLogRules.normalExponent(c.args().get(0))) + ")";
    }
    if (e instanceof Call c) return c.fn() + "'".repeat(c.primes()) + "(" + keys(c.args()) + ")";
    if (e instanceof Abs a) return "Abs(" + key(a.arg()) + ")";
    if (e instanceof Deriv d) {
      return "D(" + TextForm.print(d.var()) + "," + d.order() + "," + key(d.body()) + ")";
    }
    return TextForm.print(e);
  }

  private static void addTerms(Add a, List<String> out) {
    for (Expr t : a.terms()) {
      if (t instanceof Add inner) addTerms(inner, out);
      else out.add(key(t));
    }
  }

  private static String keys(List<Expr> es) {
    var out = new ArrayList<String>();
    for (Expr e : es) out.add(key(e));
    return String.join(",", out);
  }
}
