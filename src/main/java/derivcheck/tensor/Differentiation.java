package derivcheck.tensor;

import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import derivcheck.lib.Differentiator;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import derivcheck.lib.Substitution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Derivatives with respect to vectors, matrices and their entries. The derivative of a scalar with respect to a
 * vector is the gradient (a column), with respect to a matrix a matrix of the same shape
 * ({@code \frac{\partial L}{\partial \mathbf{W}}}); of a vector with respect to a vector the Jacobian, entry (i, j)
 * being {@code \partial f_i / \partial x_j}. Each entry is a scalar derivative the scalar machinery checks on its
 * own (and differentiates independently). When the variable names a value ({@code \mathbf{o}^a = \mathbf{W}
 * \mathbf{h} + \mathbf{b}}), it is an unknown inside the derivative, which is carried out by the differentiator
 * before the value is put in.
 */
final class Differentiation {
  private final Expander x;

  Differentiation(Expander x) {
    this.x = x;
  }

  private record Wrt(String name, Tensor unknowns, Map<Expr, Expr> values) {}

  Tensor derivative(Deriv d, Env env) throws TensorException {
    if (d.body() instanceof Var named && !named.equals(d.var()) && x.scope.valueOf(named).isEmpty()) {
      // dL/dx for a bare name L means "L as a function of x": without L's definition there is nothing to check.
      throw new NotSupported(named.name() + " is not defined here; define it to check a derivative of it");
    }
    Wrt w = wrt(d.var(), env);
    Tensor body = x.expand(d.body(), env.masking(w.name));
    return combine(body, w, d.order(), d.partial());
  }

  Tensor gradient(Gradient g, Env env) throws TensorException {
    Expr var = g.var();
    if (var == null) {
      if (g.body() instanceof Call c && c.args().size() == 1 && (c.args().get(0) instanceof Var
          || c.args().get(0) instanceof Indexed)) {
        var = c.args().get(0);
      } else {
        throw new NotSupported("say with respect to what: \\nabla_{\\mathbf{x}} ...");
      }
    }
    if (!(var instanceof Var || var instanceof Indexed)) {
      throw new NotSupported("a gradient with respect to an expression");
    }
    return derivative(new Deriv(g.body(), var, 1, true), env);
  }

  private Wrt wrt(Expr var, Env env) throws TensorException {
    String name;
    Indexed entryOf = null;
    if (var instanceof Var v) {
      name = x.scope.tensorFor(v.name()).orElse(v.name());
    } else if (!(var instanceof Indexed)) {
      throw new NotSupported("a derivative with respect to an application of a function to vectors");
    } else {
      Indexed ix = (Indexed) var;
      if (!(ix.base() instanceof Var b)) throw new NotSupported("a derivative with respect to an entry of an expression");
      name = x.scope.tensorFor(b.name()).orElse(b.name());
      entryOf = ix;
    }
    Env masked = env.masking(name);
    boolean tensor = x.scope.tensorFor(name).isPresent();
    Tensor unknowns;
    if (tensor) {
      unknowns = x.unknowns(name, masked);
      if (entryOf != null) unknowns = x.entry(unknowns, entryOf.indices(), env, name);
    } else if (entryOf != null) {
      unknowns = x.expand(entryOf, masked);
    } else {
      unknowns = Tensor.scalar(new Var(name));
    }
    for (Expr u : unknowns.entries()) {
      if (!(u instanceof Var || u instanceof Indexed)) {
        throw new NotSupported("cannot differentiate with respect to " + Expander.describe(var) + " here");
      }
    }
    Map<Expr, Expr> values = new HashMap<>();
    Optional<Expr> value = env.masked.contains(name) ? Optional.empty() : x.scope.valueOf(new Var(name));
    if (value.isPresent()) {
      Tensor v = x.expand(value.get(), env.deeper());
      Tensor all = tensor ? x.unknowns(name, masked) : Tensor.scalar(new Var(name));
      if (v.entries().size() != all.entries().size()) {
        throw new ShapeError(name + " has " + all.describe() + " but its value is " + v.describe());
      }
      for (int k = 0; k < all.entries().size(); k++) values.put(all.entries().get(k), v.entries().get(k));
    }
    return new Wrt(name, unknowns, values);
  }

  private Tensor combine(Tensor body, Wrt w, int order, boolean partial) throws TensorException {
    Tensor u = w.unknowns;
    if (body.isFill()) throw new ShapeError("cannot tell the length of the vector of ones being differentiated");
    if (u.isScalar()) {
      var out = new ArrayList<Expr>();
      for (Expr e : body.entries()) out.add(d(e, u.value(), order, partial, w));
      return body.withEntries(out);
    }
    if (order != 1) throw new NotSupported("higher derivatives with respect to a vector or matrix");
    if (body.isScalar()) {
      var out = new ArrayList<Expr>();
      for (Expr uk : u.entries()) out.add(d(body.value(), uk, 1, partial, w));
      return u.kind() == Tensor.Kind.ROW ? Tensor.column(out, u.lengthName()) : u.withEntries(out);
    }
    if (body.isVector() && u.isVector()) {
      var out = new ArrayList<Expr>();
      for (Expr fi : body.entries()) for (Expr uj : u.entries()) out.add(d(fi, uj, 1, partial, w));
      return Tensor.matrix(body.length(), u.length(), out, body.lengthName(), u.lengthName());
    }
    throw new NotSupported("the derivative of " + body.describe() + " with respect to " + u.describe()
        + " would have more than two indices");
  }

  private Expr d(Expr e, Expr u, int order, boolean partial, Wrt w) throws TensorException {
    if (w.values.isEmpty()) return new Deriv(e, u, order, partial);
    try {
      Expr carried = Differentiator.derivative(Lowering.forNumeric(e, x.scope.defs), u, order);
      return Substitution.apply(carried, w.values);
    } catch (LoweringException ex) {
      throw new NotSupported(ex.getMessage());
    }
  }
}
