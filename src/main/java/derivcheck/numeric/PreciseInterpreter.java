package derivcheck.numeric;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
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
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a tree once at a fixed working precision. {@link PreciseEvaluator} runs it at two precisions and compares.
 * Derivatives ({@link Deriv}, primed calls) are numerical, never symbolic.
 */
final class PreciseInterpreter {
  /** Nested expansions of user definitions beyond this depth are taken to be recursion. */
  private static final int MAX_DEPTH = 64;

  private final int digits;
  private final Map<String, PreciseEvaluator.Definition> definitions;

  PreciseInterpreter(int digits, Map<String, PreciseEvaluator.Definition> definitions) {
    this.digits = digits;
    this.definitions = definitions;
  }

  /** Values of the variables (keys as in {@link VariableKey}) and of the summation indices in force. */
  record Scope(Map<Expr, BigDecimal> values, Map<Var, Long> indices, int depth) {
    Scope withValue(Expr key, BigDecimal value) {
      var copy = new HashMap<>(values);
      copy.put(key, value);
      return new Scope(copy, indices, depth);
    }

    Scope withIndex(Var index, long value) {
      var copy = new HashMap<>(indices);
      copy.put(index, value);
      return new Scope(values, copy, depth);
    }
  }

  BigDecimal eval(Expr e, Scope s, int prec) {
    MathContext mc = BigMath.context(prec);
    if (e instanceof Num n) return n.value();
    if (e instanceof Const c) return constant(c, prec);
    if (e instanceof Var || e instanceof Indexed) return variable(e, s);
    if (e instanceof Neg n) return eval(n.arg(), s, prec).negate();
    if (e instanceof Add a) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Expr t : a.terms()) sum = sum.add(eval(t, s, prec), mc);
      return sum;
    }
    if (e instanceof Mul m) {
      BigDecimal product = BigDecimal.ONE;
      for (Expr f : m.factors()) product = product.multiply(eval(f, s, prec), mc);
      return product;
    }
    if (e instanceof Div d) {
      BigDecimal num = eval(d.num(), s, prec);
      BigDecimal den = eval(d.den(), s, prec);
      if (den.signum() == 0) throw new UndefinedValueException(PreciseValue.Reason.DIVISION_BY_ZERO, "division by 0");
      return num.divide(den, mc);
    }
    if (e instanceof Pow p) return power(p, s, prec);
    if (e instanceof Abs a) return eval(a.arg(), s, prec).abs();
    if (e instanceof derivcheck.expr.Floor f) return rounded(eval(f.arg(), s, prec), java.math.RoundingMode.FLOOR, prec);
    if (e instanceof derivcheck.expr.Ceil c) return rounded(eval(c.arg(), s, prec), java.math.RoundingMode.CEILING, prec);
    if (e instanceof Call c) return call(c, s, prec);
    if (e instanceof Deriv d) return derivative(d, s, prec);
    if (e instanceof derivcheck.expr.At a) {
      BigDecimal value = eval(a.value(), s, prec);
      return eval(a.body(), s.withValue(VariableKey.of(a.var(), s.indices()), value), prec);
    }
    if (e instanceof BigOp b) return bigOp(b, s, prec);
    throw Exprs.unknownNode(e);
  }

  /**
   * Floor or ceiling. A value within rounding error of an integer ({@code 3 \cdot \frac{1}{3}} gives 0.999...9 at
   * any finite precision) is taken to be that integer, so the step lands on the same side at every precision.
   */
  private static BigDecimal rounded(BigDecimal x, java.math.RoundingMode mode, int prec) {
    BigDecimal nearest = x.setScale(0, java.math.RoundingMode.HALF_EVEN);
    BigDecimal slack = BigDecimal.ONE.movePointLeft(Math.max(6, prec - 10)).multiply(BigDecimal.ONE.max(nearest.abs()));
    if (x.subtract(nearest).abs().compareTo(slack) <= 0) return nearest;
    return x.setScale(0, mode);
  }

  private static BigDecimal constant(Const c, int prec) {
    if (c.kind() == Const.Kind.E) return BigMath.exp(BigDecimal.ONE, prec);
    if (c.kind() == Const.Kind.PI) return BigMath.pi(prec);
    throw new UndefinedValueException(PreciseValue.Reason.INFINITE, "the expression contains \\infty");
  }

  private static BigDecimal variable(Expr v, Scope s) {
    if (v instanceof Var var && s.indices().containsKey(var)) return BigDecimal.valueOf(s.indices().get(var));
    Expr key = VariableKey.of(v, s.indices());
    BigDecimal value = s.values().get(key);
    if (value == null) throw unsupported("the variable " + Describe.brief(key) + " has no value at this point");
    return value;
  }

  private BigDecimal power(Pow p, Scope s, int prec) {
    BigDecimal y = eval(p.exp(), s, prec);
    if (p.base().equals(Const.E)) return BigMath.exp(y, prec);
    BigDecimal b = eval(p.base(), s, prec);
    if (BigMath.isInteger(y)) return BigMath.intPow(b, y.toBigIntegerExact(), prec);
    if (b.signum() > 0) return BigMath.pow(b, y, prec);
    if (b.signum() == 0) {
      if (y.signum() > 0) return BigDecimal.ZERO;
      throw new UndefinedValueException(PreciseValue.Reason.DIVISION_BY_ZERO, "0 to a negative power");
    }
    throw new UndefinedValueException(PreciseValue.Reason.NON_REAL_POWER,
        "a negative number to the non-integer power " + y.round(BigMath.context(6)));
  }

  private BigDecimal call(Call c, Scope s, int prec) {
    var builtin = Builtin.byName(c.fn());
    if (builtin.isPresent()) {
      Builtin b = builtin.get();
      try {
        DoubleCompiler.checkArity(b, c);
      } catch (UnsupportedExpressionException ex) {
        throw unsupported(ex.getMessage());
      }
      List<BigDecimal> args = evalAll(c.args(), s, prec);
      if (c.primes() == 0) return PreciseFunctions.apply(b, args, prec);
      if (args.size() != 1) throw unsupported("a primed call of " + c.fn() + " with several arguments");
      return NumericalDerivative.derivative((t, p) -> PreciseFunctions.apply(b, List.of(t), p),
          args.get(0), c.primes(), digits, prec);
    }
    PreciseEvaluator.Definition def = definitions.get(c.fn());
    if (def == null) throw unsupported("the function " + c.fn() + " is neither a builtin nor defined");
    if (def.params().size() != c.args().size()) {
      throw unsupported(c.fn() + " is defined with " + def.params().size() + " parameter(s) but called with "
          + c.args().size());
    }
    if (s.depth() >= MAX_DEPTH) throw unsupported("definitions nest too deeply (is " + c.fn() + " recursive?)");
    List<BigDecimal> args = evalAll(c.args(), s, prec);
    // The body sees the point's variables and its own parameters, not the caller's summation indices.
    var bodyValues = new HashMap<>(s.values());
    for (int i = 0; i < args.size(); i++) bodyValues.put(VariableKey.of(def.params().get(i), Map.of()), args.get(i));
    Scope body = new Scope(bodyValues, Map.of(), s.depth() + 1);
    if (c.primes() == 0) return eval(def.body(), body, prec);
    if (args.size() != 1) throw unsupported("a primed call of " + c.fn() + " with several arguments");
    Expr param = VariableKey.of(def.params().get(0), Map.of());
    return NumericalDerivative.derivative((t, p) -> eval(def.body(), body.withValue(param, t), p),
        args.get(0), c.primes(), digits, prec);
  }

  private List<BigDecimal> evalAll(List<Expr> exprs, Scope s, int prec) {
    var out = new ArrayList<BigDecimal>(exprs.size());
    for (Expr x : exprs) out.add(eval(x, s, prec));
    return out;
  }

  private BigDecimal derivative(Deriv d, Scope s, int prec) {
    if (d.var() instanceof Var v && s.indices().containsKey(v)) {
      throw unsupported("a derivative with respect to the summation index " + v.name());
    }
    Expr key = VariableKey.of(d.var(), s.indices());
    BigDecimal at = s.values().get(key);
    if (at == null) throw unsupported("the derivative variable " + Describe.brief(key) + " has no value");
    return NumericalDerivative.derivative((t, p) -> eval(d.body(), s.withValue(key, t), p),
        at, d.order(), digits, prec);
  }

  private BigDecimal bigOp(BigOp b, Scope s, int prec) {
    long[] range;
    try {
      range = BigOpRange.of(b, s.indices());
    } catch (UnsupportedExpressionException ex) {
      throw unsupported(ex.getMessage());
    }
    MathContext mc = BigMath.context(prec);
    boolean sum = b.kind() == BigOp.Kind.SUM;
    BigDecimal acc = sum ? BigDecimal.ZERO : BigDecimal.ONE;
    for (long j = range[0]; j <= range[1]; j++) {
      BigDecimal term = eval(b.body(), s.withIndex(b.index(), j), prec);
      acc = sum ? acc.add(term, mc) : acc.multiply(term, mc);
    }
    return acc;
  }

  private static UndefinedValueException unsupported(String what) {
    return new UndefinedValueException(PreciseValue.Reason.UNSUPPORTED, what);
  }
}
