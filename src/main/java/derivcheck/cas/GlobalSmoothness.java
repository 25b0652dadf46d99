package derivcheck.cas;

import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A conservative test that an expression is defined and smooth for every real value of its variables. It makes the
 * "derivative is zero" strategy sound: a function that is differentiable on all of R^n (a connected set) with zero
 * gradient is constant there, so one point where it is 0 proves it 0 everywhere. Without it, arctan(x) +
 * arctan(1/x) = pi/2 (zero derivative, true at x = 1, false at x = -1) would pass.
 */
final class GlobalSmoothness {
  private final SymbolTable table;

  GlobalSmoothness(SymbolTable table) {
    this.table = table;
  }

  /** Defined and real-analytic on all of R^n, as far as the syntax shows. */
  boolean smooth(IExpr e) {
    if (e instanceof IRational) return true;
    if (e instanceof ISymbol s) return s.equals(S.E) || s.equals(S.Pi) || table.isVariable(s);
    if (!(e instanceof IAST ast) || !(ast.head() instanceof ISymbol fn)) return false;
    if (fn.equals(S.Plus) || fn.equals(S.Times)) return allArgs(ast, this::smooth);
    if (fn.equals(S.Power) && ast.argSize() == 2) {
      IExpr base = ast.arg1();
      IExpr exp = ast.arg2();
      if (exp.isInteger() && !exp.isNegative()) return smooth(base);
      return positive(base) && smooth(exp);
    }
    if (ast.argSize() != 1) return false;
    IExpr a = ast.arg1();
    if (fn.equals(S.Log)) return positive(a);
    return (fn.equals(S.Exp) || fn.equals(S.Sin) || fn.equals(S.Cos) || fn.equals(S.Sinh) || fn.equals(S.Cosh)
        || fn.equals(S.Tanh) || fn.equals(S.Sech) || fn.equals(S.ArcTan)) && smooth(a);
  }

  /** Smooth and strictly positive on all of R^n. */
  boolean positive(IExpr e) {
    if (e instanceof IRational r) return r.isPositive();
    if (e instanceof ISymbol s) return s.equals(S.E) || s.equals(S.Pi);
    if (!(e instanceof IAST ast) || !(ast.head() instanceof ISymbol fn)) return false;
    if (fn.equals(S.Times)) return allArgs(ast, this::positive);
    if (fn.equals(S.Plus)) return allArgs(ast, this::nonnegative) && anyArg(ast, this::positive);
    if (fn.equals(S.Power) && ast.argSize() == 2) return positive(ast.arg1()) && smooth(ast.arg2());
    if (ast.argSize() != 1) return false;
    return (fn.equals(S.Exp) || fn.equals(S.Cosh) || fn.equals(S.Sech)) && smooth(ast.arg1());
  }

  /** Smooth and never negative on all of R^n. */
  boolean nonnegative(IExpr e) {
    if (positive(e)) return true;
    if (!(e instanceof IAST ast) || !(ast.head() instanceof ISymbol fn)) return false;
    if (fn.equals(S.Times) || fn.equals(S.Plus)) return allArgs(ast, this::nonnegative);
    if (fn.equals(S.Power) && ast.argSize() == 2 && ast.arg2().isInteger() && ast.arg2().isPositive()) {
      boolean even = ((IRational) ast.arg2()).toBigNumerator().testBit(0) == false;
      return even ? smooth(ast.arg1()) : nonnegative(ast.arg1());
    }
    return false;
  }

  private static boolean allArgs(IAST ast, java.util.function.Predicate<IExpr> p) {
    for (int i = 1; i <= ast.argSize(); i++) if (!p.test(ast.get(i))) return false;
    return true;
  }

  private static boolean anyArg(IAST ast, java.util.function.Predicate<IExpr> p) {
    for (int i = 1; i <= ast.argSize(); i++) if (p.test(ast.get(i))) return true;
    return false;
  }
}
