package derivcheck.cas;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.lib.Builtin;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An evaluated Symja expression back to our tree, in the shape a person would write: {@code -1*x} is {@code Neg},
 * negative powers go to a denominator, {@code x^(1/2)} is a square root, {@code E^x} stays {@code e^{x}}, generated
 * symbols become the variables and functions they stand for. Anything else throws {@link CasException}.
 */
final class FromSymja {
  /** sech u = 1 / cosh u and friends: written as reciprocals of the functions derivcheck knows. */
  private static final Map<ISymbol, Builtin> RECIPROCALS = Map.of(
      S.Sec, Builtin.COS, S.Csc, Builtin.SIN, S.Cot, Builtin.TAN,
      S.Sech, Builtin.COSH, S.Csch, Builtin.SINH, S.Coth, Builtin.TANH);

  private final SymbolTable table;

  FromSymja(SymbolTable table) {
    this.table = table;
  }

  Expr convert(IExpr e) {
    if (e instanceof IRational r) return rational(r.toBigNumerator(), r.toBigDenominator());
    if (e instanceof ISymbol s) return symbol(s);
    if (e instanceof IAST ast) return compound(ast);
    throw new CasException("Symja result has an unsupported part: " + e);
  }

  private Expr symbol(ISymbol s) {
    if (s.equals(S.E)) return Const.E;
    if (s.equals(S.Pi)) return Const.PI;
    return table.variableOf(s).orElseThrow(() -> new CasException("Symja result has an unknown symbol: " + s));
  }

  private static Expr rational(BigInteger num, BigInteger den) {
    Expr magnitude = den.equals(BigInteger.ONE)
        ? integer(num.abs())
        : new Div(integer(num.abs()), integer(den));
    return num.signum() < 0 ? new Neg(magnitude) : magnitude;
  }

  private static Num integer(BigInteger n) {
    return new Num(new BigDecimal(n));
  }

  private Expr compound(IAST ast) {
    IExpr head = ast.head();
    if (head instanceof IAST h) return derivativeCall(ast, h);
    if (!(head instanceof ISymbol fn)) throw new CasException("Symja result has an unsupported head: " + head);
    var generated = table.functionOf(fn);
    if (generated.isPresent()) return new Call(generated.get(), 0, args(ast));
    if (fn.equals(S.Plus)) return Exprs.sum(args(ast));
    if (fn.equals(S.Times)) return times(ast);
    if (fn.equals(S.Power) && ast.argSize() == 2) return power(ast);
    if (fn.equals(S.DirectedInfinity) && ast.argSize() == 1) return infinity(ast.arg1());
    if (ast.argSize() == 1) {
      Expr a = convert(ast.arg1());
      if (fn.equals(S.Exp)) return new Pow(Const.E, a);
      if (fn.equals(S.Log)) return Builtin.LN.call(a);
      if (fn.equals(S.Sin)) return Builtin.SIN.call(a);
      if (fn.equals(S.Cos)) return Builtin.COS.call(a);
      if (fn.equals(S.Tan)) return Builtin.TAN.call(a);
      if (fn.equals(S.Sinh)) return Builtin.SINH.call(a);
      if (fn.equals(S.Cosh)) return Builtin.COSH.call(a);
      if (fn.equals(S.Tanh)) return Builtin.TANH.call(a);
      Builtin primary = RECIPROCALS.get(fn);
      if (primary != null) return new Div(Num.ONE, primary.call(a));
      if (fn.equals(S.Abs) || fn.equals(S.RealAbs)) return new Abs(a);
      if (fn.equals(S.Sign)) return Builtin.SIGN.call(a);
      if (fn.equals(S.Floor)) return new derivcheck.expr.Floor(a);
      if (fn.equals(S.Ceiling)) return new derivcheck.expr.Ceil(a);
    }
    if (fn.equals(S.Log) && ast.argSize() == 2) { // Log[b, x] = ln x / ln b
      return new Div(Builtin.LN.call(convert(ast.arg2())), Builtin.LN.call(convert(ast.arg1())));
    }
    if (fn.equals(S.Max) && ast.argSize() >= 1) return new Call(Builtin.MAX.latex(), 0, args(ast));
    if (fn.equals(S.Min) && ast.argSize() >= 1) return new Call(Builtin.MIN.latex(), 0, args(ast));
    throw new CasException("Symja result uses " + fn + ", which derivcheck cannot express");
  }

  /** {@code Derivative[n][f][x]} of an unknown function f: our {@code f^{(n)}(x)}. */
  private Expr derivativeCall(IAST ast, IAST head) {
    if (head.argSize() == 1 && head.head() instanceof IAST order && order.head().equals(S.Derivative)
        && order.argSize() == 1 && order.arg1().isInteger() && head.arg1() instanceof ISymbol f
        && ast.argSize() == 1) {
      var name = table.functionOf(f);
      int n = order.arg1().toIntDefault();
      if (name.isPresent() && n > 0) return new Call(name.get(), n, args(ast));
    }
    throw new CasException("Symja result has a derivative derivcheck cannot express: " + ast);
  }

  private List<Expr> args(IAST ast) {
    var out = new ArrayList<Expr>(ast.argSize());
    for (int i = 1; i <= ast.argSize(); i++) out.add(convert(ast.get(i)));
    return out;
  }

  private static Expr infinity(IExpr direction) {
    if (direction.isOne()) return Const.INFINITY;
    if (direction.isMinusOne()) return new Neg(Const.INFINITY);
    throw new CasException("Symja result has a complex infinity");
  }

  /** A product: a sign, a numeric coefficient, factors above the line and reciprocal factors below it. */
  private Expr times(IAST ast) {
    BigInteger coefNum = BigInteger.ONE;
    BigInteger coefDen = BigInteger.ONE;
    var above = new ArrayList<Expr>();
    var below = new ArrayList<Expr>();
    for (int i = 1; i <= ast.argSize(); i++) {
      IExpr f = ast.get(i);
      if (f instanceof IRational r) {
        coefNum = coefNum.multiply(r.toBigNumerator());
        coefDen = coefDen.multiply(r.toBigDenominator());
        continue;
      }
      var denominator = belowTheLine(f);
      if (denominator.isPresent()) {
        below.add(denominator.get());
      } else {
        above.add(convert(f));
      }
    }
    boolean negative = coefNum.signum() < 0;
    coefNum = coefNum.abs();
    if (!coefNum.equals(BigInteger.ONE) || above.isEmpty()) above.add(0, integer(coefNum));
    if (!coefDen.equals(BigInteger.ONE)) below.add(0, integer(coefDen));
    Expr top = Exprs.product(above);
    Expr result = below.isEmpty() ? top : new Div(top, Exprs.product(below));
    return negative ? new Neg(result) : result;
  }

  /**
   * What a factor contributes below a fraction line, if it belongs there: {@code b} for {@code b^(-1)} (any base
   * but e, since e^{-x} reads better as a power), {@code cosh u} for {@code sech u}, {@code cosh(u)^2} for
   * {@code sech(u)^2}.
   */
  private Optional<Expr> belowTheLine(IExpr f) {
    if (!(f instanceof IAST ast)) return Optional.empty();
    if (ast.argSize() == 1 && RECIPROCALS.containsKey(ast.head())) {
      return Optional.of(RECIPROCALS.get(ast.head()).call(convert(ast.arg1())));
    }
    if (!ast.head().equals(S.Power) || ast.argSize() != 2 || !(ast.arg2() instanceof IRational q)) {
      return Optional.empty();
    }
    IExpr base = ast.arg1();
    if (q.isNegative() && !base.isE()) return Optional.of(positivePower(base, q.negate()));
    if (q.isPositive() && base instanceof IAST b && b.argSize() == 1 && RECIPROCALS.containsKey(b.head())) {
      Expr primary = RECIPROCALS.get(b.head()).call(convert(b.arg1()));
      return Optional.of(q.isOne() ? primary : new Pow(primary, convert(q)));
    }
    return Optional.empty();
  }

  private Expr power(IAST power) {
    if (power.arg1().isE()) return new Pow(Const.E, convert(power.arg2()));
    var below = belowTheLine(power);
    if (below.isPresent()) return new Div(Num.ONE, below.get());
    return positivePower(power.arg1(), power.arg2());
  }

  private Expr positivePower(IExpr base, IExpr exponent) {
    if (exponent.isOne()) return convert(base);
    if (exponent instanceof IRational q && q.toBigNumerator().equals(BigInteger.ONE)
        && q.toBigDenominator().equals(BigInteger.TWO)) {
      return Builtin.SQRT.call(convert(base));
    }
    return new Pow(convert(base), convert(exponent));
  }
}
