package derivcheck.cas;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja differentiates |u| and sign(u) to the opaque {@code Abs'(u)} and {@code Sign'(u)}. Away from u = 0 they are
 * sign(u) and 0 (and every higher derivative is 0); this rewrite is valid exactly there, so only proofs whose scope
 * excludes u = 0 may use it.
 */
final class KinkDerivatives {
  private KinkDerivatives() {}

  static IExpr asSigns(IExpr e) {
    if (!(e instanceof IAST ast)) return e;
    int order = derivativeOrder(ast, S.Abs);
    if (order > 0) return order == 1 ? F.Sign(asSigns(ast.arg1())) : F.C0;
    if (derivativeOrder(ast, S.Sign) > 0) return F.C0;
    var copy = F.ast(asSigns(ast.head()), ast.argSize());
    for (int i = 1; i <= ast.argSize(); i++) copy.append(asSigns(ast.get(i)));
    return copy;
  }

  /** n if {@code ast} is {@code Derivative[n][fn][u]}, else 0. */
  private static int derivativeOrder(IAST ast, IExpr fn) {
    if (ast.argSize() == 1 && ast.head() instanceof IAST h && h.argSize() == 1 && h.arg1().equals(fn)
        && h.head() instanceof IAST order && order.head().equals(S.Derivative) && order.argSize() == 1) {
      return order.arg1().toIntDefault();
    }
    return 0;
  }
}
