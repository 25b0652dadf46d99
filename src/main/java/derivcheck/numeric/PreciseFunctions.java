package derivcheck.numeric;

import derivcheck.lib.Builtin;
import java.math.BigDecimal;
import java.util.List;

/**
 * The builtins in high precision, with the same conventions as {@link DoubleFunctions} and {@link DoubleCompiler}:
 * sign(0) = 0, H(0) = 1/2, relu(0) = 0; ln, sqrt outside their real domain have no value.
 */
final class PreciseFunctions {
  private PreciseFunctions() {}

  private static final BigDecimal HALF = new BigDecimal("0.5");

  static BigDecimal apply(Builtin b, List<BigDecimal> args, int prec) {
    if (b == Builtin.MAX || b == Builtin.MIN) {
      BigDecimal m = args.get(0);
      for (BigDecimal v : args) m = b == Builtin.MAX ? m.max(v) : m.min(v);
      return m;
    }
    BigDecimal x = args.get(0);
    switch (b) {
      case EXP: return BigMath.exp(x, prec);
      case LN: return ln(x, prec);
      case SIN: return BigMath.sinCos(x, prec)[0];
      case COS: return BigMath.sinCos(x, prec)[1];
      case TAN: return tan(x, prec);
      case SINH: return BigMath.sinh(x, prec);
      case COSH: return BigMath.cosh(x, prec);
      case TANH: return BigMath.tanh(x, prec);
      case SQRT: return sqrt(x, prec);
      case SIGN: return BigDecimal.valueOf(x.signum());
      case SIGMA: return sigma(x, prec);
      case SOFTPLUS: return softplus(x, prec);
      case RELU: return x.signum() > 0 ? x : BigDecimal.ZERO;
      case HEAVISIDE: return x.signum() > 0 ? BigDecimal.ONE : x.signum() < 0 ? BigDecimal.ZERO : HALF;
      case SOFTSIGN: return x.divide(BigDecimal.ONE.add(x.abs(), BigMath.context(prec + 5)), BigMath.context(prec));
      case SEC: return reciprocal(BigMath.sinCos(x, prec + 5)[1], "sec", prec);
      case CSC: return reciprocal(BigMath.sinCos(x, prec + 5)[0], "csc", prec);
      case COT: {
        BigDecimal[] sc = BigMath.sinCos(x, prec + 5);
        return reciprocal(sc[0], "cot", prec + 5).multiply(sc[1], BigMath.context(prec));
      }
      case SECH: return reciprocal(BigMath.cosh(x, prec + 5), "sech", prec);
      case CSCH: return reciprocal(BigMath.sinh(x, prec + 5), "csch", prec);
      case COTH: return reciprocal(BigMath.tanh(x, prec + 5), "coth", prec);
      case SILU: return x.multiply(sigma(x, prec + 5), BigMath.context(prec));
      default: throw new IllegalStateException("builtin without a precise implementation: " + b);
    }
  }

  static BigDecimal ln(BigDecimal x, int prec) {
    if (x.signum() <= 0) {
      throw new UndefinedValueException(PreciseValue.Reason.LOG_OF_NON_POSITIVE, "ln of " + brief(x));
    }
    return BigMath.ln(x, prec);
  }

  static BigDecimal sqrt(BigDecimal x, int prec) {
    if (x.signum() < 0) {
      throw new UndefinedValueException(PreciseValue.Reason.SQRT_OF_NEGATIVE, "square root of " + brief(x));
    }
    return BigMath.sqrt(x, prec);
  }

  /** 1 / v, undefined at 0 (sec, csc, cot, csch, coth at their poles). */
  private static BigDecimal reciprocal(BigDecimal v, String name, int prec) {
    if (v.signum() == 0) {
      throw new UndefinedValueException(PreciseValue.Reason.DIVISION_BY_ZERO, name + " at a pole");
    }
    return BigDecimal.ONE.divide(v, BigMath.context(prec));
  }

  private static BigDecimal tan(BigDecimal x, int prec) {
    BigDecimal[] sc = BigMath.sinCos(x, prec + 5);
    if (sc[1].signum() == 0) {
      throw new UndefinedValueException(PreciseValue.Reason.DIVISION_BY_ZERO, "tan at an odd multiple of pi/2");
    }
    return sc[0].divide(sc[1], BigMath.context(prec));
  }

  /** 1 / (1 + e^{-x}); BigDecimal has no overflow, so the textbook formula is stable in both tails. */
  private static BigDecimal sigma(BigDecimal x, int prec) {
    BigDecimal e = BigMath.exp(x.negate(), prec + 5);
    return BigDecimal.ONE.divide(BigDecimal.ONE.add(e, BigMath.context(prec + 5)), BigMath.context(prec));
  }

  /** max(x, 0) + ln(1 + e^{-|x|}), with log1p so that softplus(-800) keeps all its digits (about 2.5e-348). */
  private static BigDecimal softplus(BigDecimal x, int prec) {
    BigDecimal tail = BigMath.log1p(BigMath.exp(x.abs().negate(), prec + 5), prec + 5);
    return x.max(BigDecimal.ZERO).add(tail, BigMath.context(prec));
  }

  private static String brief(BigDecimal x) {
    return x.round(BigMath.context(6)).toString();
  }
}
