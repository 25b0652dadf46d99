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
    if (fn.equals(S.Power) && ast.argSize() == 2) return power(ast.arg1(), ast.arg2());
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
      if (fn.equals(S.Sec)) return new Div(Num.ONE, Builtin.COS.call(a));
      if (fn.equals(S.Csc)) return new Div(Num.ONE, Builtin.SIN.call(a));
      if (fn.equals(S.Cot)) return new Div(Num.ONE, Builtin.TAN.call(a));
      if (fn.equals(S.Sech)) return new Div(Num.ONE, Builtin.COSH.call(a));
      if (fn.equals(S.Csch)) return new Div(Num.ONE, Builtin.SINH.call(a));
      if (fn.equals(S.Coth)) return new Div(Num.ONE, Builtin.TANH.call(a));
      if (fn.equals(S.Abs) || fn.equals(S.RealAbs)) return new Abs(a);
      if (fn.equals(S.Sign)) return Builtin.SIGN.call(a);
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

  /** A product: a sign, a numeric coefficient, factors above the line and factors with negative powers below. */
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
      } else if (isReciprocalPower(f)) {
        below.add(positivePower(((IAST) f).arg1(), ((IRational) ((IAST) f).arg2()).negate()));
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

  /** {@code b^(-q)} for a positive rational q and a base other than e (e^{-x} reads better as a power). */
  private static boolean isReciprocalPower(IExpr f) {
    return f instanceof IAST p && p.head().equals(S.Power) && p.argSize() == 2 && !p.arg1().isE()
        && p.arg2() instanceof IRational q && q.isNegative();
  }

  private Expr power(IExpr base, IExpr exponent) {
    if (base.isE()) return new Pow(Const.E, convert(exponent));
    if (exponent instanceof IRational q && q.isNegative()) {
      return new Div(Num.ONE, positivePower(base, q.negate()));
    }
    return positivePower(base, exponent);
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
