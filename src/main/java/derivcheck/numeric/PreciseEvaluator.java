package derivcheck.numeric;

import derivcheck.expr.Expr;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an expression tree in high precision, to re-check every numeric disagreement before anything is called
 * a counterexample. Same semantics as {@link DoubleCompiler} (real arithmetic, same builtin conventions), and in
 * addition derivative operators and primed calls, computed numerically by {@link NumericalDerivative} so that no
 * result depends on the project's symbolic differentiator.
 *
 * <p>Every expression is evaluated twice, with {@code digits + 20} and {@code digits + 20 + max(10, digits / 2)}
 * working digits. If the two results differ by more than 10^-(3 digits / 4) relative to max(1, |value|), digits were
 * lost to cancellation and the answer is {@link PreciseValue.Reason#PRECISION_LOSS}, never a wrong number. A finite
 * result is rounded to {@code digits} significant digits.
 *
 * <p>Point values are exact: pass {@code new BigDecimal(double)} (see {@link #point}) so that both evaluators see the
 * same point. {@code \infty} has no precise value ({@link PreciseValue.Reason#INFINITE}).
 */
public final class PreciseEvaluator {
  public static final int DEFAULT_DIGITS = 60;

  /** A user-defined function {@code f(params) = body}, for calls (and primed calls) that are not builtins. */
  public record Definition(List<Expr> params, Expr body) {
    public Definition {
      params = List.copyOf(params);
      for (Expr p : params) {
        if (!VariableKey.isVariable(p)) throw new IllegalArgumentException("a parameter must be a variable");
      }
    }
  }

  private final int digits;
  private final PreciseInterpreter interpreter;

  public PreciseEvaluator() {
    this(DEFAULT_DIGITS);
  }

  public PreciseEvaluator(int digits) {
    this(digits, Map.of());
  }

  public PreciseEvaluator(int digits, Map<String, Definition> definitions) {
    if (digits < 16 || digits > 1000) throw new IllegalArgumentException("digits must be between 16 and 1000");
    this.digits = digits;
    this.interpreter = new PreciseInterpreter(digits, Map.copyOf(definitions));
  }

  public int digits() {
    return digits;
  }

  /** The value of {@code e} where each variable (a Var, or an Indexed with constant indices) has its value. */
  public PreciseValue eval(Expr e, Map<Expr, BigDecimal> point) {
    var scope = scope(point);
    int low = digits + 20;
    int high = low + Math.max(10, digits / 2);
    PreciseValue first = pass(e, scope, low);
    if (first instanceof PreciseValue.Undefined u && u.reason() == PreciseValue.Reason.UNSUPPORTED) return first;
    PreciseValue second = pass(e, scope, high);
    return reconcile(first, second, low, high);
  }

  /**
   * The first of {@link #eval}'s two passes alone ({@code digits + 20} working digits, rounded to {@code digits}),
   * at about a third of the cost. Without the second pass nothing detects digits lost to cancellation, so such a
   * value may only confirm what is already believed (two sides that agree to the last digit, where double
   * precision agreed too); anything else must be decided with {@link #eval}.
   */
  public PreciseValue evalOnce(Expr e, Map<Expr, BigDecimal> point) {
    PreciseValue v = pass(e, scope(point), digits + 20);
    return v instanceof PreciseValue.Finite f ? new PreciseValue.Finite(f.value().round(BigMath.context(digits))) : v;
  }

  private static PreciseInterpreter.Scope scope(Map<Expr, BigDecimal> point) {
    var values = new HashMap<Expr, BigDecimal>();
    point.forEach((k, v) -> {
      if (!VariableKey.isVariable(k) || v == null) throw new IllegalArgumentException("bad point entry for " + k);
      values.put(VariableKey.of(k, Map.of()), v);
    });
    return new PreciseInterpreter.Scope(values, Map.of(), 0);
  }

  private PreciseValue pass(Expr e, PreciseInterpreter.Scope scope, int prec) {
    try {
      return new PreciseValue.Finite(interpreter.eval(e, scope, prec));
    } catch (UndefinedValueException u) {
      return u.toValue();
    } catch (ArithmeticException overflow) {
      // BigDecimal's exponent range (about 10^{+-2e9}) was exceeded.
      return new PreciseValue.Undefined(PreciseValue.Reason.OVERFLOW, String.valueOf(overflow.getMessage()));
    }
  }

  private PreciseValue reconcile(PreciseValue first, PreciseValue second, int low, int high) {
    if (first instanceof PreciseValue.Finite a && second instanceof PreciseValue.Finite b) {
      BigDecimal gap = relativeGap(a, b);
      if (gap.compareTo(BigDecimal.ONE.movePointLeft((3 * digits + 3) / 4)) > 0) {
        return new PreciseValue.Undefined(PreciseValue.Reason.PRECISION_LOSS, "results with " + low + " and " + high
            + " working digits differ (relative gap " + gap.round(BigMath.context(3)) + ")");
      }
      return new PreciseValue.Finite(b.value().round(BigMath.context(digits)));
    }
    if (!first.isFinite() && !second.isFinite()) return second;
    PreciseValue.Undefined u = (PreciseValue.Undefined) (first.isFinite() ? second : first);
    return new PreciseValue.Undefined(PreciseValue.Reason.PRECISION_LOSS,
        "defined at one working precision but not at the other (" + u.reason() + ": " + u.detail() + ")");
  }

  /**
   * The agreement rule for precise values: both finite and {@code |a - b| <= 10^-(digits/2) * max(1, |a|, |b|)},
   * i.e. an absolute tolerance near 0 and a relative one for large values. Undefined values agree with nothing.
   * With the default 60 digits the tolerance is 10^-30, while each value is good to about 10^-45 or better.
   */
  public static boolean agree(PreciseValue a, PreciseValue b, int digits) {
    if (!(a instanceof PreciseValue.Finite x) || !(b instanceof PreciseValue.Finite y)) return false;
    return relativeGap(x, y).compareTo(BigDecimal.ONE.movePointLeft(digits / 2)) <= 0;
  }

  /** {@code |a - b| / max(1, |a|, |b|)}, to a few significant digits; for reports. */
  public static BigDecimal relativeGap(PreciseValue.Finite a, PreciseValue.Finite b) {
    BigDecimal scale = a.value().abs().max(b.value().abs()).max(BigDecimal.ONE);
    // Rounded subtraction: an exact one aligns the scales, a ten-million-digit integer for 10^{-10^7} against 1.
    return a.value().subtract(b.value(), BigMath.context(20)).abs().divide(scale, BigMath.context(5));
  }

  /** The exact point {@code variables.get(k) = coordinates[k]}, for evaluating where the double sampler looked. */
  public static Map<Expr, BigDecimal> point(List<Expr> variables, double[] coordinates) {
    if (variables.size() != coordinates.length) throw new IllegalArgumentException("one coordinate per variable");
    var out = new HashMap<Expr, BigDecimal>();
    for (int k = 0; k < coordinates.length; k++) {
      if (!Double.isFinite(coordinates[k])) throw new IllegalArgumentException("coordinate is not finite");
      out.put(variables.get(k), new BigDecimal(coordinates[k]));
    }
    return out;
  }
}
