package derivcheck.tensor;

import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import derivcheck.lib.Differentiator;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import derivcheck.lib.Substitution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * {@code J_f(\mathbf{a})}: the Jacobian of f at a point, entry (i, j) = {@code \partial f_i / \partial t_j} at
 * t = a. At a point that is a vector of unknowns ({@code J_S(\mathbf{x})}) the entries are derivatives the
 * scalar machinery checks; at any other point ({@code J_g(f(x))}) the derivative is carried out with respect to
 * fresh unknowns first and the point is put in afterwards.
 */
final class Jacobians {
  private static final Var ARG = new Var("#jacobian-argument");
  private static final String FRESH = "#t";

  private Jacobians() {}

  static Tensor at(String fn, Expr point, Env env, Expander x) throws TensorException {
    Tensor a = x.expand(point, env);
    if (a.isFill()) throw new ShapeError("cannot tell the length of the vector of ones at which J_" + fn + " is taken");
    if (a.kind() == Tensor.Kind.MATRIX) throw new NotSupported("a Jacobian at a matrix");
    boolean direct = areUnknowns(a.entries());
    Tensor t = a;
    if (!direct) {
      var fresh = new ArrayList<Expr>();
      for (int k = 0; k < a.entries().size(); k++) fresh.add(new Indexed(new Var(FRESH), List.of(derivcheck.expr.Num.of(k))));
      t = a.withEntries(fresh);
    }
    Tensor f = x.expand(Call.of(fn, ARG), env.withLocals(Expander.bind(ARG, t)));
    if (f.kind() == Tensor.Kind.MATRIX || f.isFill()) throw new NotSupported("the Jacobian of a matrix-valued function");
    var put = new HashMap<Expr, Expr>();
    for (int k = 0; k < t.entries().size(); k++) put.put(t.entries().get(k), a.entries().get(k));
    var out = new ArrayList<Expr>();
    for (Expr fi : f.entries()) {
      for (Expr tj : t.entries()) {
        if (direct) {
          out.add(new Deriv(fi, tj, 1, true));
        } else {
          try {
            out.add(Substitution.apply(Differentiator.d(Lowering.forNumeric(fi, x.scope.defs), tj), put));
          } catch (LoweringException e) {
            throw new NotSupported(e.getMessage());
          }
        }
      }
    }
    int rows = f.entries().size();
    int cols = t.entries().size();
    return Tensor.matrix(rows, cols, out, f.isScalar() ? null : f.lengthName(), t.isScalar() ? null : t.lengthName());
  }

  private static boolean areUnknowns(List<Expr> entries) {
    var seen = new HashSet<Expr>();
    for (Expr e : entries) {
      if (!(e instanceof Var) && !(e instanceof Indexed i && i.base() instanceof Var
          && i.indices().stream().allMatch(k -> k instanceof derivcheck.expr.Num))) {
        return false;
      }
      if (!seen.add(e)) return false;
    }
    return true;
  }
}
