package derivcheck.cas;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Replaces the transcendental parts of an expression by fresh symbols, so that {@code Together} sees a rational
 * function. Exponentials are split first: {@code e^{c_1 m_1 + c_2 m_2}} becomes {@code t_1^{c_1} t_2^{c_2}}, one
 * symbol {@code t_k = e^{m_k}} per monomial of the exponent, so that {@code e^{a} e^{b}} and {@code e^{a+b}} meet.
 * Every other value of sin, cos, tanh, log, ... becomes one symbol per argument.
 *
 * <p>Sound for proofs: if the result is identically 0 with the symbols independent, it is 0 for the particular values
 * they stand for. It loses identities between the parts (sin^2 + cos^2 = 1), so it proves less, never more.
 */
final class Atomizer {
  private static final Set<ISymbol> FUNCTIONS = Set.of(S.Sin, S.Cos, S.Tan, S.Cot, S.Sec, S.Csc, S.Sinh, S.Cosh,
      S.Tanh, S.Coth, S.Sech, S.Csch, S.Log, S.ArcTan, S.ArcSin, S.ArcCos, S.ArcSinh, S.ArcTanh, S.Erf);

  private final SymbolTable table;
  private final UnaryOperator<IExpr> expand; // evaluates ExpandAll under the caller's time limit
  private final Map<IExpr, ISymbol> atoms = new HashMap<>();

  Atomizer(SymbolTable table, UnaryOperator<IExpr> expand) {
    this.table = table;
    this.expand = expand;
  }

  /** The expression with its transcendental parts as symbols (unevaluated; the caller evaluates). */
  IExpr atomize(IExpr e) {
    if (!(e instanceof IAST ast)) return e;
    if (ast.isPower() && ast.base().equals(S.E) && !ast.exponent().isNumber()) return exponential(ast.exponent());
    if (ast.head() instanceof ISymbol h && FUNCTIONS.contains(h) && ast.argSize() == 1 && !ast.arg1().isNumber()) {
      return atom(ast);
    }
    IASTAppendable out = F.ast(ast.head(), ast.argSize());
    for (int i = 1; i <= ast.argSize(); i++) out.append(atomize(ast.get(i)));
    return out;
  }

  /** Whether the last {@link #atomize} replaced anything. */
  boolean replacedAny() {
    return !atoms.isEmpty();
  }

  private IExpr exponential(IExpr exponent) {
    IExpr u = expand.apply(F.ExpandAll(exponent));
    IAST terms = u.isPlus() ? (IAST) u : F.List(u);
    IASTAppendable product = F.TimesAlloc(terms.argSize());
    for (int i = 1; i <= terms.argSize(); i++) {
      IExpr t = terms.get(i);
      IExpr coefficient = F.C1;
      IExpr monomial = t;
      if (t.isTimes() && ((IAST) t).arg1().isRational()) {
        coefficient = ((IAST) t).arg1();
        monomial = ((IAST) t).rest().oneIdentity1();
      }
      if (monomial.isNumber()) {
        product.append(F.Power(S.E, t)); // a constant factor e^c stays as it is
      } else {
        product.append(F.Power(atom(F.Exp(monomial)), coefficient));
      }
    }
    return product.argSize() == 1 ? product.arg1() : product;
  }

  private ISymbol atom(IExpr key) {
    return atoms.computeIfAbsent(key, k -> table.dummy());
  }
}
