package derivcheck.rules;

import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Differentiator;
import derivcheck.lib.LoweringException;
import derivcheck.lib.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The structural rules of differentiation: constant, variable, linear, sum, constant multiple, product, reciprocal,
 * quotient, and higher order. Each rewrites one derivative node {@code \frac{d}{dx} body} whose body holds no other
 * derivative; the derivatives it leaves for the parts are new derivative nodes, done by later steps.
 */
public final class DerivativeRules {
  private DerivativeRules() {}

  /** A derivative node a rule may work on: first order, its body free of other derivatives. */
  public static Optional<Deriv> ready(Expr e) {
    if (!(e instanceof Deriv d) || d.order() != 1) return Optional.empty();
    if (Exprs.any(d.body(), x -> x instanceof Deriv || (x instanceof Call c && c.primes() > 0))) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /**
   * Whether {@code e} may depend on {@code var}. An entry with a symbolic index ({@code x_j}) may be the entry
   * {@code x_2} itself, so it counts as depending on every entry of its vector: never "constant" by mistake.
   */
  static boolean depends(Expr e, Expr var) {
    if (Variables.dependsOn(e, var)) return true;
    if (!(var instanceof derivcheck.expr.Indexed v)) return false;
    return Exprs.any(e, x -> x instanceof derivcheck.expr.Indexed i && i.base().equals(v.base())
        && !Variables.isScalarEntry(i));
  }

  /** {@code \frac{d}{d var} body}, written the way the matched node was (d or partial). */
  static Deriv d(Deriv like, Expr body) {
    return new Deriv(body, like.var(), 1, like.partial());
  }

  static Rule deriv(String id, String why, BiFunction<Deriv, Expr, Optional<Expr>> f) {
    return new SimpleRule(id, why, e -> ready(e).flatMap(d -> f.apply(d, d.body())));
  }

  public static final Rule CONSTANT = deriv("constant",
      "The derivative of a constant is 0.",
      (d, b) -> depends(b, d.var()) ? Optional.empty() : Optional.of(Num.ZERO));

  public static final Rule VARIABLE = deriv("variable",
      "The derivative of x with respect to x is 1.",
      (d, b) -> b.equals(d.var()) ? Optional.of(Num.ONE) : Optional.empty());

  /** {@code c x -> c}: one step instead of constant multiple and variable. */
  public static final Rule LINEAR = deriv("linear",
      "The derivative of c*x with respect to x is the constant c.",
      (d, b) -> {
        Term t = Term.of(b);
        if (t.coef().isOne() && t.factors().size() == 1) return Optional.empty();
        var constants = new ArrayList<Expr>();
        int hits = 0;
        for (Expr f : t.factors()) {
          if (f.equals(d.var())) hits++;
          else if (depends(f, d.var())) return Optional.empty();
          else constants.add(f);
        }
        if (hits != 1) return Optional.empty();
        return Optional.of(new Term(t.coef(), constants).toExpr());
      });

  public static final Rule HIGHER_ORDER = new SimpleRule("higher-order",
      "A higher derivative is the derivative of the derivative one order lower.",
      e -> e instanceof Deriv d && d.order() > 1
          ? Optional.of(new Deriv(new Deriv(d.body(), d.var(), d.order() - 1, d.partial()), d.var(), 1, d.partial()))
          : Optional.empty());

  public static final Rule SUM = deriv("sum",
      "The derivative of a sum is the sum of the derivatives.",
      (d, b) -> {
        if (b instanceof BigOp s && s.kind() == BigOp.Kind.SUM && !s.index().equals(d.var())) {
          return Optional.of(new BigOp(s.kind(), s.index(), s.lower(), s.upper(), d(d, s.body())));
        }
        if (!(b instanceof Add a)) return Optional.empty();
        var terms = new ArrayList<Expr>();
        for (Expr t : a.terms()) terms.add(t instanceof Neg n ? new Neg(d(d, n.arg())) : d(d, t));
        return Optional.of(new Add(terms));
      });

  public static final Rule CONSTANT_MULTIPLE = deriv("constant-multiple",
      "A constant factor comes out of the derivative: (c f)' = c f'.",
      (d, b) -> {
        if (b instanceof Neg n) return Optional.of(new Neg(d(d, n.arg())));
        if (b instanceof Div q && depends(q.num(), d.var()) && !depends(q.den(), d.var())) {
          return Optional.of(Mul.of(new Div(Num.ONE, q.den()), d(d, q.num())));
        }
        if (!(b instanceof Mul m)) return Optional.empty();
        // The constants first, then the derivative of the rest: "c \frac{d}{dx} f", as it is written by hand.
        var dependent = new ArrayList<Expr>();
        var out = new ArrayList<Expr>();
        for (Expr f : m.factors()) {
          if (depends(f, d.var())) dependent.add(f);
          else out.add(f);
        }
        if (out.isEmpty() || dependent.isEmpty()) return Optional.empty();
        Expr inner = dependent.size() == 1 ? dependent.get(0) : new Mul(dependent);
        out.add(d(d, inner));
        return Optional.of(new Mul(out));
      });

  public static final Rule PRODUCT = deriv("product",
      "Product rule: (f g)' = f' g + f g'.",
      (d, b) -> {
        if (!(b instanceof Mul m)) return Optional.empty();
        List<Expr> fs = m.factors();
        if (fs.stream().anyMatch(f -> !depends(f, d.var()))) return Optional.empty();
        var terms = new ArrayList<Expr>();
        for (int i = 0; i < fs.size(); i++) {
          var parts = new ArrayList<Expr>(fs);
          parts.set(i, d(d, fs.get(i)));
          terms.add(new Mul(parts));
        }
        return Optional.of(new Add(terms));
      });

  public static final Rule RECIPROCAL = deriv("reciprocal",
      "Reciprocal rule: (c/g)' = -c g'/g^2 for a constant c.",
      (d, b) -> {
        if (!(b instanceof Div q) || depends(q.num(), d.var()) || !depends(q.den(), d.var())) {
          return Optional.empty();
        }
        return Optional.of(new Neg(new Div(Mul.of(q.num(), d(d, q.den())), new Pow(q.den(), Num.TWO))));
      });

  public static final Rule QUOTIENT = deriv("quotient",
      "Quotient rule: (f/g)' = (f' g - f g')/g^2.",
      (d, b) -> {
        if (!(b instanceof Div q) || !depends(q.num(), d.var()) || !depends(q.den(), d.var())) {
          return Optional.empty();
        }
        Expr top = Add.of(Mul.of(d(d, q.num()), q.den()), new Neg(Mul.of(q.num(), d(d, q.den()))));
        return Optional.of(new Div(top, new Pow(q.den(), Num.TWO)));
      });

  /** When no named rule fits: the whole derivative at once, by derivcheck's differentiator. */
  public static final Rule DIFFERENTIATE = deriv("differentiate",
      "Carry out the derivative directly (no smaller named rule applies).",
      (d, b) -> {
        try {
          return Optional.of(Differentiator.d(b, d.var()));
        } catch (LoweringException | RuntimeException e) {
          return Optional.empty();
        }
      });

  /** Structural rules, in the order they are tried on a derivative node. */
  public static List<Rule> structural() {
    return List.of(CONSTANT, VARIABLE, LINEAR, SUM, CONSTANT_MULTIPLE, PRODUCT, RECIPROCAL, QUOTIENT);
  }
}
