package derivcheck.numeric;

import static derivcheck.numeric.Trees.X;
import static derivcheck.numeric.Trees.call;
import static derivcheck.numeric.Trees.mul;
import static derivcheck.numeric.Trees.num;
import static derivcheck.numeric.Trees.pow;
import static derivcheck.numeric.Trees.primed;
import static derivcheck.numeric.Trees.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * Numerical derivatives against closed forms evaluated with ApfloatMath. The brief asks for at least 25 digits;
 * the assertion demands 45 (the evaluator's own stability bar for 60 digits) and the measured minimum is printed.
 */
class NumericalDerivativeTest {
  static final PreciseEvaluator P = new PreciseEvaluator();
  static final List<String> POINTS = List.of("0.7", "-1.3", "2.9", "0.05", "-6.5");
  static final double REQUIRED_DIGITS = 45;

  static Apfloat one() {
    return new Apfloat(1, 120);
  }

  static Apfloat sigma(Apfloat x) {
    return one().divide(one().add(ApfloatMath.exp(x.negate())));
  }

  static Apfloat two() {
    return new Apfloat(2, 120);
  }

  /** A claim: this tree (a derivative to be evaluated numerically) equals this closed form. */
  record Case(String name, Expr tree, Function<Apfloat, Apfloat> closedForm) {}

  static List<Case> cases() {
    Expr sig = call("\\sigma", X);
    Expr th = call("\\tanh", X);
    Expr sp = call("\\operatorname{softplus}", X);
    Expr ss = call("\\operatorname{softsign}", X);
    Expr cube = pow(X, num(3));
    Expr sinExp = mul(call("\\sin", X), pow(Const.E, X));
    return List.of(
        new Case("d sigma", new Deriv(sig, X, 1, false), x -> sigma(x).multiply(one().subtract(sigma(x)))),
        new Case("d2 sigma", new Deriv(sig, X, 2, false),
            x -> sigma(x).multiply(one().subtract(sigma(x))).multiply(one().subtract(two().multiply(sigma(x))))),
        new Case("sigma'", primed("\\sigma", 1, X), x -> sigma(x).multiply(one().subtract(sigma(x)))),
        new Case("sigma''", primed("\\sigma", 2, X),
            x -> sigma(x).multiply(one().subtract(sigma(x))).multiply(one().subtract(two().multiply(sigma(x))))),
        new Case("d tanh", new Deriv(th, X, 1, false), x -> one().subtract(ApfloatMath.pow(ApfloatMath.tanh(x), 2))),
        new Case("d2 tanh", new Deriv(th, X, 2, false), x -> two().negate().multiply(ApfloatMath.tanh(x))
            .multiply(one().subtract(ApfloatMath.pow(ApfloatMath.tanh(x), 2)))),
        new Case("tanh'", primed("\\tanh", 1, X), x -> one().subtract(ApfloatMath.pow(ApfloatMath.tanh(x), 2))),
        new Case("d softplus", new Deriv(sp, X, 1, false), NumericalDerivativeTest::sigma),
        new Case("d2 softplus", new Deriv(sp, X, 2, false), x -> sigma(x).multiply(one().subtract(sigma(x)))),
        new Case("softplus''", primed("\\operatorname{softplus}", 2, X),
            x -> sigma(x).multiply(one().subtract(sigma(x)))),
        new Case("d softsign", new Deriv(ss, X, 1, false),
            x -> one().divide(ApfloatMath.pow(one().add(ApfloatMath.abs(x)), 2))),
        new Case("d2 softsign", new Deriv(ss, X, 2, false), x -> two().negate().multiply(new Apfloat(x.signum(), 120))
            .divide(ApfloatMath.pow(one().add(ApfloatMath.abs(x)), 3))),
        new Case("d x^3", new Deriv(cube, X, 1, false), x -> new Apfloat(3, 120).multiply(x).multiply(x)),
        new Case("d2 x^3", new Deriv(cube, X, 2, false), x -> new Apfloat(6, 120).multiply(x)),
        new Case("d sin e^x", new Deriv(sinExp, X, 1, false),
            x -> ApfloatMath.exp(x).multiply(ApfloatMath.sin(x).add(ApfloatMath.cos(x)))),
        new Case("d2 sin e^x", new Deriv(sinExp, X, 2, false),
            x -> two().multiply(ApfloatMath.exp(x)).multiply(ApfloatMath.cos(x))),
        // Nested: d/dx (d/dx sigma) is the second derivative again, by two numerical differentiations.
        new Case("d d sigma", new Deriv(new Deriv(sig, X, 1, false), X, 1, false),
            x -> sigma(x).multiply(one().subtract(sigma(x))).multiply(one().subtract(two().multiply(sigma(x))))));
  }

  @Test
  void derivativesMatchClosedForms() {
    double worst = Double.MAX_VALUE;
    String worstCase = "";
    long start = System.nanoTime();
    int evaluations = 0;
    for (Case c : cases()) {
      for (String x : POINTS) {
        BigDecimal point = new BigDecimal(x);
        BigDecimal expected = new BigDecimal(c.closedForm().apply(new Apfloat(point, 120)).toString(true));
        PreciseValue actual = P.eval(c.tree(), Map.of(X, point));
        evaluations++;
        // Digits relative to max(1, |expected|): the scale of the agreement rule.
        BigDecimal err = value(actual).subtract(expected).abs()
            .divide(expected.abs().max(BigDecimal.ONE), BigMath.context(5));
        double digits = err.signum() == 0 ? 100 : -Math.log10(err.doubleValue());
        assertTrue(digits >= REQUIRED_DIGITS, c.name() + " at " + x + ": " + actual + " vs " + expected);
        if (digits < worst) {
          worst = digits;
          worstCase = c.name() + " at " + x;
        }
      }
    }
    System.out.printf("numerical derivatives: worst %.1f correct digits (%s); %.1f ms per evaluation%n", worst,
        worstCase, (System.nanoTime() - start) / 1e6 / evaluations);
  }

  @Test
  void higherOrders() {
    // d^3/dx^3 sin x = -cos x; d^4/dx^4 x^5 = 120 x.
    BigDecimal x = new BigDecimal("0.7");
    PreciseValue third = P.eval(new Deriv(call("\\sin", X), X, 3, false), Map.of(X, x));
    BigDecimal minusCos = new BigDecimal(ApfloatMath.cos(new Apfloat(x, 120)).negate().toString(true));
    assertTrue(value(third).subtract(minusCos).abs().compareTo(new BigDecimal("1e-45")) < 0, third.toString());
    PreciseValue fourth = P.eval(new Deriv(pow(X, num(5)), X, 4, false), Map.of(X, x));
    assertTrue(value(fourth).subtract(new BigDecimal(84)).abs().compareTo(new BigDecimal("1e-45")) < 0,
        fourth.toString());
  }

  @Test
  void softmaxAsTheGradientOfLogSumExp() {
    var z = new derivcheck.expr.Var("z");
    var j = new derivcheck.expr.Var("j");
    Function<Expr, Expr> zAt = i -> new derivcheck.expr.Indexed(z, List.of(i));
    Expr lse = call("\\ln", new derivcheck.expr.BigOp(derivcheck.expr.BigOp.Kind.SUM, j, num(1), num(3),
        pow(Const.E, zAt.apply(j))));
    Map<Expr, BigDecimal> point = Map.of(zAt.apply(num(1)), new BigDecimal("0.3"), zAt.apply(num(2)),
        new BigDecimal("-1.2"), zAt.apply(num(3)), new BigDecimal("2.05"));
    // d LSE / d z_2 = e^{z_2} / sum_j e^{z_j}
    Apfloat e1 = ApfloatMath.exp(new Apfloat("0.3", 120));
    Apfloat e2 = ApfloatMath.exp(new Apfloat("-1.2", 120));
    Apfloat e3 = ApfloatMath.exp(new Apfloat("2.05", 120));
    BigDecimal softmax2 = new BigDecimal(e2.divide(e1.add(e2).add(e3)).toString(true));
    PreciseValue grad = P.eval(new Deriv(lse, zAt.apply(num(2)), 1, true), point);
    assertTrue(value(grad).subtract(softmax2).abs().compareTo(new BigDecimal("1e-45")) < 0, grad.toString());
    // sum_i d LSE / d z_i = 1, with the differentiation variable subscripted by the bound index.
    var i = new derivcheck.expr.Var("i");
    Expr total = new derivcheck.expr.BigOp(derivcheck.expr.BigOp.Kind.SUM, i, num(1), num(3),
        new Deriv(lse, zAt.apply(i), 1, true));
    PreciseValue one = P.eval(total, point);
    assertTrue(value(one).subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("1e-45")) < 0, one.toString());
  }

  @Test
  void differentiationVariableCanBeAnyListedVariable() {
    // d/dy (x y^2) = 2 x y at x = 1.5, y = -0.25
    var y = Trees.Y;
    Expr e = new Deriv(mul(X, pow(y, num(2))), y, 1, true);
    PreciseValue v = P.eval(e, Map.of(X, new BigDecimal("1.5"), y, new BigDecimal("-0.25")));
    assertTrue(value(v).subtract(new BigDecimal("-0.75")).abs().compareTo(new BigDecimal("1e-50")) < 0, v.toString());
  }
}
