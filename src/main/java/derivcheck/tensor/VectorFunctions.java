package derivcheck.tensor;

import derivcheck.expr.Abs;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Infix;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Build;
import derivcheck.lib.Builtin;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Function applications on vectors and matrices. A file's own definition of a name comes first; then the built-in
 * meanings: softmax {@code S(\mathbf{x})} / {@code \operatorname{softmax}}, {@code \operatorname{Diag}} and
 * {@code \operatorname{diag}}, {@code \operatorname{onehot}_m(y)}, {@code \operatorname{flip}}, Jacobians
 * {@code J_f(x)}, functions declared only by a signature (replaced by random smooth functions), compositions
 * {@code F = h \circ g \circ f}, a matrix applied to a vector, and scalar functions applied entry by entry.
 */
final class VectorFunctions {
  private final Expander x;

  VectorFunctions(Expander x) {
    this.x = x;
  }

  Tensor call(Call c, Env env) throws TensorException {
    String fn = c.fn();
    var user = x.scope.defs.function(fn);
    if (user.isPresent()) return userFunction(c, user.get(), env);
    var matrix = x.scope.tensorFor(fn);
    if (matrix.isPresent() && c.args().size() == 1 && c.primes() == 0) {
      return Arithmetic.product(x.expand(new Var(matrix.get()), env), x.expand(c.args().get(0), env));
    }
    Optional<Expr> value = x.scope.valueOf(new Var(fn));
    if (value.isPresent() && value.get() instanceof Infix inf && inf.op() == Infix.Op.COMPOSE) {
      return x.expand(compose(inf, c.args()), env.deeper());
    }
    if (c.primes() == 0 && c.args().size() == 1) {
      if (isSoftmax(fn)) return softmax(x.expand(c.args().get(0), env));
      if (fn.equals("\\operatorname{Diag}") || fn.equals("\\operatorname{diag}")) return diag(x.expand(c.args().get(0), env));
      if (fn.equals("\\operatorname{flip}")) return flip(x.expand(c.args().get(0), env));
      if (ClaimScope.isOneHot(fn)) return oneHot(fn, c.args().get(0), env);
      if (fn.startsWith("J_{") && fn.endsWith("}")) {
        return Jacobians.at(functionName(fn.substring(3, fn.length() - 1)), c.args().get(0), env, x);
      }
      if (fn.contains("\\circ") && c.args().size() == 1) {
        // J_{g \circ f}: the name of a composition
        String[] parts = fn.split("\\\\circ");
        Expr out = c.args().get(0);
        for (int k = parts.length - 1; k >= 0; k--) out = Call.of(parts[k].strip(), out);
        return x.expand(out, env.deeper());
      }
      var signature = x.scope.decl.signatures.get(fn);
      if (signature != null) return RandomFunctions.apply(fn, signature, x.expand(c.args().get(0), env), env, x);
    }
    if (c.primes() == 0 && c.args().size() == 2 && isConvolution(fn)) {
      Tensor a = x.expand(c.args().get(0), env);
      Tensor b = x.expand(c.args().get(1), env);
      return fn.contains("full") ? fullConvolution(a, b) : validConvolution(a, b);
    }
    var builtin = Builtin.byName(fn);
    if (builtin.isPresent()) return entryByEntry(builtin.get().latex(), c.primes(), c.args(), env);
    throw new NotSupported(fn + " is not defined (define it with \\define, or declare it, e.g. "
        + fn + " : \\mathbb{R}^n \\to \\mathbb{R}^m)");
  }

  /** The function named in a subscript: {@code \text{softmax}} as the parser names a call, {@code \operatorname{softmax}}. */
  static String functionName(String written) {
    for (String w : new String[] {"\\text{", "\\mathrm{", "\\textrm{", "\\operatorname{"}) {
      if (written.startsWith(w) && written.endsWith("}")) {
        String inner = written.substring(w.length(), written.length() - 1);
        var b = Builtin.byName("\\operatorname{" + inner + "}");
        return b.map(Builtin::latex).orElse("\\operatorname{" + inner + "}");
      }
    }
    return Builtin.byName(written).map(Builtin::latex).orElse(written);
  }

  /** {@code \operatorname{conv}_{\text{valid}}(x, w)} (the same as x * w) and {@code \operatorname{conv}_{\text{full}}}. */
  static boolean isConvolution(String fn) {
    return fn.equals("\\operatorname{conv}_{\\text{full}}") || fn.equals("\\operatorname{conv}_{\\text{valid}}");
  }

  static boolean isSoftmax(String fn) {
    return fn.equals("S") || fn.equals("\\operatorname{softmax}") || fn.equals("\\operatorname{Softmax}");
  }

  private Tensor userFunction(Call c, Definitions.FunctionDef f, Env env) throws TensorException {
    if (f.params().size() != c.args().size()) {
      throw new NotSupported(c.fn() + " takes " + f.params().size() + " arguments, not " + c.args().size());
    }
    if (c.primes() > 0) return entryByEntry(c.fn(), c.primes(), c.args(), env); // lowering differentiates f
    var bind = new HashMap<Var, Tensor>();
    for (int k = 0; k < c.args().size(); k++) bind.put(f.params().get(k), x.expand(c.args().get(k), env));
    return x.expand(f.body(), env.withLocals(bind));
  }

  /** h(g(f(args))) for {@code h \circ g \circ f}. */
  private static Expr compose(Infix inf, List<Expr> args) throws NotSupported {
    var fns = new ArrayList<String>();
    flatten(inf, fns);
    Expr out = args.size() == 1 ? args.get(0) : null;
    if (out == null) throw new NotSupported("a composition applied to several arguments");
    for (int k = fns.size() - 1; k >= 0; k--) out = Call.of(fns.get(k), out);
    return out;
  }

  private static void flatten(Expr e, List<String> out) throws NotSupported {
    if (e instanceof Infix inf && inf.op() == Infix.Op.COMPOSE) {
      flatten(inf.lhs(), out);
      flatten(inf.rhs(), out);
    } else if (e instanceof Var v) {
      out.add(v.name());
    } else {
      throw new NotSupported("only named functions can be composed");
    }
  }

  /** A scalar function applied to each entry; several arguments broadcast like a sum ({@code \max(0, \mathbf{x})}). */
  private Tensor entryByEntry(String fn, int primes, List<Expr> args, Env env) throws TensorException {
    var values = new ArrayList<Tensor>();
    Tensor shape = null;
    for (Expr a : args) {
      Tensor t = x.expand(a, env);
      values.add(t);
      if (!t.isScalar() && !t.isFill()) {
        if (shape != null && (shape.rows() != t.rows() || shape.cols() != t.cols() || shape.kind() != t.kind())) {
          throw new ShapeError(fn + " cannot combine " + shape.describe() + " with " + t.describe());
        }
        shape = t;
      }
    }
    if (shape == null) {
      var scalars = new ArrayList<Expr>();
      for (Tensor t : values) {
        if (t.isFill()) throw new ShapeError("cannot tell the length of the vector of ones in " + fn);
        scalars.add(t.value());
      }
      return Tensor.scalar(new Call(fn, primes, scalars));
    }
    var out = new ArrayList<Expr>();
    for (int k = 0; k < shape.entries().size(); k++) {
      var argsK = new ArrayList<Expr>();
      for (Tensor t : values) argsK.add(t.isScalar() ? t.value() : t.isFill() ? t.fillValue() : t.entries().get(k));
      out.add(new Call(fn, primes, argsK));
    }
    return shape.withEntries(out);
  }

  // ---- built-in vector functions -----------------------------------------------------------------------------

  /** softmax: {@code S(\mathbf{x})_i = e^{x_i} / \sum_j e^{x_j}}. */
  static Tensor softmax(Tensor v) throws ShapeError {
    if (!v.isVector() || v.isFill()) throw new ShapeError("softmax needs a vector, not " + v.describe());
    var exps = new ArrayList<Expr>();
    for (Expr e : v.entries()) exps.add(new Pow(Const.E, e));
    Expr total = Arithmetic.sumOf(exps);
    var out = new ArrayList<Expr>();
    for (Expr e : exps) out.add(Build.div(e, total));
    return v.withEntries(out);
  }

  /** Diag of a vector is the diagonal matrix; diag of a square matrix is its diagonal. */
  static Tensor diag(Tensor v) throws ShapeError {
    if (v.isVector() && !v.isFill()) {
      int n = v.length();
      var out = new ArrayList<Expr>();
      for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) out.add(r == c ? v.at(r) : Num.ZERO);
      return Tensor.matrix(n, n, out, v.lengthName(), v.lengthName());
    }
    if (v.kind() == Tensor.Kind.MATRIX && v.rows() == v.cols()) {
      var out = new ArrayList<Expr>();
      for (int k = 0; k < v.rows(); k++) out.add(v.at(k, k));
      return Tensor.column(out, v.rowsName());
    }
    throw new ShapeError("Diag needs a vector or a square matrix, not " + v.describe());
  }

  static Tensor flip(Tensor v) throws ShapeError {
    if (!v.isVector() || v.isFill()) throw new ShapeError("flip needs a vector, not " + v.describe());
    var out = new ArrayList<Expr>(v.entries());
    java.util.Collections.reverse(out);
    return v.withEntries(out);
  }

  private Tensor oneHot(String fn, Expr arg, Env env) throws TensorException {
    int sub = fn.indexOf("_{");
    if (sub < 0) throw new NotSupported("give the length of the one-hot vector: \\operatorname{onehot}_m(y)");
    Expr lengthName = new Var(fn.substring(sub + 2, fn.length() - 1));
    long m = x.integer(lengthName, env, "the length of the one-hot vector");
    long y = x.integer(arg, env, "the class of the one-hot vector") - x.scope.base;
    var out = new ArrayList<Expr>();
    for (int k = 0; k < m; k++) out.add(k == y ? Num.ONE : Num.ZERO);
    if (y < 0 || y >= m) throw new SizeDoesNotFit("the class " + (y + x.scope.base) + " is outside 1..m");
    return Tensor.column(out, lengthName);
  }

  /** Norms of vectors: 2 (default), 1, infinity; the Frobenius norm of a matrix. Squared: no square root. */
  Expr norm(Tensor v, Expr p, boolean squared) throws TensorException {
    if (v.isScalar()) return squared ? Build.pow(v.value(), Num.TWO) : new Abs(v.value());
    if (v.isFill()) throw new ShapeError("cannot tell the length of the vector of ones in a norm");
    boolean frobenius = p instanceof Var f && f.name().equals("F");
    if (v.kind() == Tensor.Kind.MATRIX && !frobenius) {
      throw new NotSupported("the norm of a matrix: write \\|A\\|_F for the Frobenius norm");
    }
    if (p == null || frobenius || (p instanceof Num n && n.value().intValue() == 2 && n.isInteger())) {
      var squares = new ArrayList<Expr>();
      for (Expr e : v.entries()) squares.add(Build.pow(e, Num.TWO));
      Expr s = Arithmetic.sumOf(squares);
      return squared ? s : Builtin.SQRT.call(s);
    }
    if (p instanceof Num n && n.isOne()) {
      var abs = new ArrayList<Expr>();
      for (Expr e : v.entries()) abs.add(new Abs(e));
      return Arithmetic.sumOf(abs);
    }
    if (p instanceof Const c && c.kind() == Const.Kind.INFINITY) {
      var abs = new ArrayList<Expr>();
      for (Expr e : v.entries()) abs.add(new Abs(e));
      return abs.size() == 1 ? abs.get(0) : new Call(Builtin.MAX.latex(), abs);
    }
    throw new NotSupported("this norm is not supported (use 1, 2, \\infty or F)");
  }

  /** {@code \langle a, b \rangle}: the sum of the products of entries. */
  Expr dot(Tensor a, Tensor b) throws ShapeError {
    if (a.isFill()) a = a.sizedLike(b);
    if (b.isFill()) b = b.sizedLike(a);
    if (a.entries().size() != b.entries().size() || a.isScalar() != b.isScalar()) {
      throw new ShapeError("cannot take the inner product of " + a.describe() + " and " + b.describe());
    }
    var terms = new ArrayList<Expr>();
    for (int k = 0; k < a.entries().size(); k++) terms.add(Build.mul(a.entries().get(k), b.entries().get(k)));
    return Arithmetic.sumOf(terms);
  }

  /** The circulant {@code C_{\mathbf{a}}}: first column a, each next column shifted down by one. */
  static Tensor circulant(Tensor a) throws ShapeError {
    if (a.isFill()) throw new ShapeError("cannot tell the length of the vector of ones in a circulant");
    int n = a.length();
    var out = new ArrayList<Expr>();
    for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) out.add(a.at(Math.floorMod(r - c, n)));
    return Tensor.matrix(n, n, out, a.lengthName(), a.lengthName());
  }

  /**
   * The valid convolution of deep learning, {@code (\mathbf{x} * \mathbf{w})_i = \sum_{j=1}^{k} x_{i+j-1} w_j}
   * (no kernel flipping, no padding): length d - k + 1.
   */
  static Tensor validConvolution(Tensor xs, Tensor w) throws TensorException {
    // plain-text math writes products with *: 4.0 * sig'(x), a * b (a scalar is a kernel of length 1 anyway)
    if (xs.isScalar() || w.isScalar()) return Arithmetic.product(xs, w);
    if (!xs.isVector() || !w.isVector() || xs.isFill() || w.isFill()) {
      throw new ShapeError("the convolution * needs two vectors, not " + xs.describe() + " and " + w.describe());
    }
    int d = xs.length();
    int k = w.length();
    if (k > d) throw new SizeDoesNotFit("the kernel is longer than the input");
    var out = new ArrayList<Expr>();
    for (int i = 0; i + k <= d; i++) {
      var terms = new ArrayList<Expr>();
      for (int j = 0; j < k; j++) terms.add(Build.mul(xs.at(i + j), w.at(j)));
      out.add(Arithmetic.sumOf(terms));
    }
    Expr name = xs.lengthName() != null && w.lengthName() != null
        ? Build.add(xs.lengthName(), Build.neg(w.lengthName()), Num.ONE) : null;
    return Tensor.column(out, name);
  }

  /**
   * The full convolution without kernel flipping: x padded with k - 1 zeros on each side, then the valid one:
   * {@code (x \tilde{*} w)_m = \sum_{j=1}^{k} x_{m+j-k} w_j}, length d + k - 1. With {@code \operatorname{flip}(w)}
   * it is the convolution with flipping, the backward pass of the valid convolution.
   */
  static Tensor fullConvolution(Tensor xs, Tensor w) throws TensorException {
    if (!xs.isVector() || !w.isVector() || xs.isFill() || w.isFill()) {
      throw new ShapeError("the full convolution needs two vectors, not " + xs.describe() + " and " + w.describe());
    }
    int d = xs.length();
    int k = w.length();
    var out = new ArrayList<Expr>();
    for (int m = 0; m < d + k - 1; m++) {
      var terms = new ArrayList<Expr>();
      for (int j = 0; j < k; j++) {
        int at = m + j - (k - 1);
        if (at >= 0 && at < d) terms.add(Build.mul(xs.at(at), w.at(j)));
      }
      out.add(Arithmetic.sumOf(terms));
    }
    Expr name = xs.lengthName() != null && w.lengthName() != null
        ? Build.add(xs.lengthName(), w.lengthName(), Build.neg(Num.ONE)) : null;
    return Tensor.column(out, name);
  }

  /**
   * The circular convolution of two vectors of one length n, {@code (x \circledast w)_i = \sum_k x_k w_{(i-k) mod n}}
   * (indices counted from the first entry): the product of the circulant of w with x.
   */
  static Tensor circularConvolution(Tensor xs, Tensor w) throws TensorException {
    if (!xs.isVector() || !w.isVector() || xs.isFill() || w.isFill()) {
      throw new ShapeError("the circular convolution needs two vectors, not " + xs.describe() + " and "
          + w.describe());
    }
    int n = xs.length();
    if (w.length() != n) {
      throw new ShapeError("the circular convolution needs two vectors of one length, not " + xs.describe()
          + " and " + w.describe());
    }
    var out = new ArrayList<Expr>();
    for (int i = 0; i < n; i++) {
      var terms = new ArrayList<Expr>();
      for (int k = 0; k < n; k++) terms.add(Build.mul(xs.at(k), w.at(Math.floorMod(i - k, n))));
      out.add(Arithmetic.sumOf(terms));
    }
    return Tensor.column(out, xs.lengthName());
  }
}
