package derivcheck.tensor;

import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Transpose;
import derivcheck.expr.Var;
import derivcheck.lib.Build;
import derivcheck.lib.Builtin;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a vector, matrix or index expression entry-wise with symbolic sizes, for the index algebra: the symbolic
 * cousin of {@link Expander}, with the same conventions (juxtaposition is the matrix product, a scalar combines with
 * every entry, {@code C_{\mathbf{a}}} has entries {@code a_{(i-j) \bmod n}}, softmax, Diag, definitions by entries,
 * derivatives entry by entry). A matrix product becomes a sum over a fresh index. Where the expander would read an
 * entry outside a computed vector as 0, the entry carries the indicator of its range, so the meaning is the same.
 * Anything it cannot write the same way as the expander is {@link NotSupported}; the claim is then left to the sized
 * check alone.
 */
final class SymbolicEntries {
  private static final int MAX_DEPTH = 40;

  private final ClaimScope scope;
  private int fresh;

  SymbolicEntries(ClaimScope scope) {
    this.scope = scope;
  }

  /** Index bindings (a definition's index to its value, a sum's index to its fresh name) and local values. */
  record SEnv(Map<Var, Expr> indices, Map<Var, SymbolicValue> locals, int depth) {
    static SEnv empty() {
      return new SEnv(Map.of(), Map.of(), 0);
    }

    SEnv withIndex(Var v, Expr value) {
      var copy = new HashMap<>(indices);
      copy.put(v, value);
      var loc = new HashMap<>(locals);
      loc.remove(v);
      return new SEnv(copy, loc, depth + 1);
    }

    SEnv withLocals(Map<Var, SymbolicValue> bound) {
      var copy = new HashMap<>(locals);
      copy.putAll(bound);
      var idx = new HashMap<>(indices);
      idx.keySet().removeAll(bound.keySet());
      return new SEnv(idx, copy, depth + 1);
    }

    SEnv deeper() {
      return new SEnv(indices, locals, depth + 1);
    }
  }

  Var freshIndex(String hint) {
    return new Var(hint + "'" + (++fresh));
  }

  Expr base() {
    return Num.of(scope.base);
  }

  /** The last index of a range of this length: {@code base + length - 1}. */
  Expr last(Expr length) {
    return scope.base == 1 ? length : Build.add(length, Num.of(scope.base - 1));
  }

  SymbolicValue value(Expr e, SEnv env) throws TensorException {
    if (env.depth() > MAX_DEPTH) throw new NotSupported("definitions too deep for the symbolic writer");
    if (e instanceof Num || e instanceof Const) return SymbolicValue.scalar(e);
    if (e instanceof Var v) return variable(v, env);
    if (e instanceof Indexed ix) return indexed(ix, env);
    if (e instanceof Neg n) return value(n.arg(), env).map(Build::neg);
    if (e instanceof Add a) {
      SymbolicValue acc = value(a.terms().get(0), env);
      for (int k = 1; k < a.terms().size(); k++) acc = acc.zip(value(a.terms().get(k), env), Build::add);
      return acc;
    }
    if (e instanceof Mul m) {
      SymbolicValue acc = value(m.factors().get(0), env);
      for (int k = 1; k < m.factors().size(); k++) acc = product(acc, value(m.factors().get(k), env));
      return acc;
    }
    if (e instanceof Div d) {
      SymbolicValue num = value(d.num(), env);
      SymbolicValue den = value(d.den(), env);
      if (num.kind == SymbolicValue.Kind.MATRIX || den.kind == SymbolicValue.Kind.MATRIX && !den.isScalar()) {
        if (!den.isScalar()) throw new NotSupported("division by a matrix");
      }
      return num.zip(den, Build::div);
    }
    if (e instanceof Pow p && p.base() instanceof derivcheck.expr.Norm n && isTwo(p.exp()) && isTwoNorm(n)) {
      return SymbolicValue.scalar(sumOfSquares(n, env)); // \|x\|_2^2
    }
    if (e instanceof derivcheck.expr.Norm n && isTwoNorm(n)) {
      return SymbolicValue.scalar(Builtin.SQRT.call(sumOfSquares(n, env)));
    }
    if (e instanceof derivcheck.expr.Gradient g) {
      Expr var = g.var();
      if (var == null && g.body() instanceof Call c && c.args().size() == 1 && c.args().get(0) instanceof Var) {
        var = c.args().get(0);
      }
      if (var == null) throw new NotSupported("a gradient without its variable");
      return derivative(new Deriv(g.body(), var, 1, true), env);
    }
    if (e instanceof Pow p) {
      SymbolicValue b = value(p.base(), env);
      SymbolicValue x = value(p.exp(), env);
      if (b.kind == SymbolicValue.Kind.MATRIX || x.kind == SymbolicValue.Kind.MATRIX) {
        throw new NotSupported("powers of matrices");
      }
      return b.zip(x, Build::pow);
    }
    if (e instanceof Transpose t) {
      if (t.arg() instanceof derivcheck.expr.Tuple) throw new NotSupported("a written list");
      return value(t.arg(), env).transpose();
    }
    if (e instanceof Call c) return call(c, env);
    if (e instanceof Deriv d) return derivative(d, env);
    if (e instanceof BigOp b) return sum(b, env);
    if (e instanceof Indicator ind && ind.condition() instanceof Compare c) {
      var terms = new ArrayList<Expr>();
      for (Expr t : c.terms()) terms.add(scalar(value(t, env), "a side of an indicator"));
      return SymbolicValue.scalar(new Indicator(new Compare(terms, c.relations())));
    }
    if (e instanceof Infix inf) return infix(inf, env);
    throw new NotSupported("the symbolic writer has no rule for " + e.getClass().getSimpleName());
  }

  private static boolean isTwo(Expr e) {
    return e instanceof Num n && n.isInteger() && n.value().intValue() == 2;
  }

  private static boolean isTwoNorm(derivcheck.expr.Norm n) {
    return n.p() == null || isTwo(n.p());
  }

  /** The sum of the squares of a vector's entries. */
  private Expr sumOfSquares(derivcheck.expr.Norm n, SEnv env) throws TensorException {
    SymbolicValue v = value(n.arg(), env);
    if (!v.isVector()) throw new NotSupported("the norm of a scalar or matrix");
    Var k = freshIndex("k");
    return new BigOp(BigOp.Kind.SUM, k, base(), last(v.length()), Build.pow(v.at(k), Num.TWO));
  }

  // ---- names and entries -------------------------------------------------------------------------------------

  private SymbolicValue variable(Var v, SEnv env) throws TensorException {
    Expr index = env.indices().get(v);
    if (index != null) return SymbolicValue.scalar(index);
    SymbolicValue local = env.locals().get(v);
    if (local != null) return local;
    if (scope.sizeSymbols.contains(v) || scope.freeIndices.contains(v)) return SymbolicValue.scalar(v);
    var value = scope.valueOf(v);
    if (value.isPresent()) return value(value.get(), env.deeper());
    if (Names.isOnes(v) || Names.isZeros(v)) throw new NotSupported("vectors of ones or zeros");
    if (scope.hasEntryDefinition(v.name())) return fromEntries(v.name(), env);
    if (scope.isTensorName(v.name())) return unknowns(v.name());
    if (scope.decl.signatures.containsKey(v.name())) throw new NotSupported("a function without an argument");
    return SymbolicValue.scalar(v);
  }

  private SymbolicValue unknowns(String name) throws TensorException {
    List<Expr> dims = scope.dims(name);
    if (dims.isEmpty()) return SymbolicValue.scalar(new Var(name));
    Var base = new Var(name);
    if (dims.size() == 1) return SymbolicValue.column(dims.get(0), (r, c) -> new Indexed(base, List.of(r)));
    if (dims.size() == 2) {
      return SymbolicValue.matrix(dims.get(0), dims.get(1), (r, c) -> new Indexed(base, List.of(r, c)));
    }
    throw new NotSupported("tensors of three or more dimensions");
  }

  /** A vector or matrix defined by its entries; its shape must be declared. */
  private SymbolicValue fromEntries(String name, SEnv env) throws TensorException {
    List<Expr> dims = scope.decl.shapes.get(name);
    if (dims == null) {
      for (var en : scope.decl.shapes.entrySet()) if (ClaimScope.sameTensor(en.getKey(), name)) dims = en.getValue();
    }
    if (dims == null || dims.isEmpty() || dims.size() > 2) throw new NotSupported("the shape of " + name);
    Var base = new Var(name);
    if (dims.size() == 1) {
      return SymbolicValue.column(dims.get(0), (r, c) -> scalar(indexed(new Indexed(base, List.of(r)), env), name));
    }
    return SymbolicValue.matrix(dims.get(0), dims.get(1),
        (r, c) -> scalar(indexed(new Indexed(base, List.of(r, c)), env), name));
  }

  private SymbolicValue indexed(Indexed ix, SEnv env) throws TensorException {
    if (scope.sizeSymbols.contains(ix)) return SymbolicValue.scalar(ix); // d_h: named apart by IndexForms
    if (ix.base() instanceof Var b) {
      if (b.name().equals("C") && ix.indices().size() == 1 && !scope.hasEntryDefinition("C")
          && scope.valueOf(b).isEmpty()) {
        SymbolicValue a = value(ix.indices().get(0), env);
        if (a.isVector()) return circulant(a);
      }
      if (scope.hasEntryDefinition(b.name())) return entryDefinition(b, ix.indices(), env);
      var tensor = scope.tensorFor(b.name());
      if (env.locals().containsKey(b)) return entry(env.locals().get(b), ix.indices(), env);
      if (tensor.isPresent()) {
        if (scope.valueOf(ix).isPresent()) throw new NotSupported("an entry with a value of its own");
        return entry(value(new Var(tensor.get()), env), ix.indices(), env);
      }
      // a family of scalars (a_0, a_1, ...): one unknown per integer subscript, as the expander names them
      var idx = new ArrayList<Expr>();
      boolean constant = true;
      for (Expr i : ix.indices()) {
        Expr v = scalar(value(i, env), "a subscript");
        var k = IntEval.of(v);
        constant &= k.isPresent();
        idx.add(k.isPresent() ? Num.of(k.getAsLong()) : v);
      }
      Indexed u = new Indexed(b, idx);
      if (constant ? scope.valueOf(u).isPresent() : hasValuedEntry(b)) {
        throw new NotSupported("a named value with a subscript");
      }
      return SymbolicValue.scalar(u);
    }
    if (ix.base() instanceof Infix inf) {
      var def = entryDefinitionOf(inf.op());
      if (def != null) {
        if (ix.indices().size() != 1) throw new NotSupported("subscripts of an operation");
        return SymbolicValue.scalar(userInfixEntry(inf, def, scalar(value(ix.indices().get(0), env), "a subscript"), env));
      }
    }
    return entry(value(ix.base(), env), ix.indices(), env);
  }

  /** Whether some entry of the family has a value of its own ({@code y_1 = ...}). */
  private boolean hasValuedEntry(Var b) {
    var keys = new ArrayList<Expr>(scope.whereValues.keySet());
    keys.addAll(scope.defs.values().keySet());
    for (Expr k : keys) if (k instanceof Indexed ix && ix.base().equals(b)) return true;
    return false;
  }

  private SymbolicValue entryDefinition(Var b, List<Expr> indices, SEnv env) throws TensorException {
    Definitions.EntryDef only = null;
    for (var d : scope.entryDefs) {
      if (!(d.head().base() instanceof Var h && ClaimScope.sameTensor(h.name(), b.name()))) continue;
      if (only != null) throw new NotSupported("several definitions of the entries of " + b.name());
      only = d;
    }
    if (only == null || only.head().indices().size() != indices.size()) {
      throw new NotSupported("the definition of the entries of " + b.name());
    }
    SEnv inner = env.deeper();
    for (int k = 0; k < indices.size(); k++) {
      if (!(only.head().indices().get(k) instanceof Var h)) throw new NotSupported("a definition for one entry");
      inner = inner.withIndex(h, scalar(value(indices.get(k), env), "a subscript"));
    }
    return value(only.body(), inner);
  }

  /** An entry of a computed vector or matrix, times the indicator of its range (outside it reads as 0). */
  private SymbolicValue entry(SymbolicValue whole, List<Expr> indices, SEnv env) throws TensorException {
    if (whole.isScalar()) throw new NotSupported("an entry of a scalar");
    var at = new ArrayList<Expr>();
    for (Expr i : indices) at.add(scalar(value(i, env), "a subscript"));
    if (whole.isVector()) {
      if (at.size() != 1) throw new NotSupported("a vector with two subscripts");
      return SymbolicValue.scalar(Build.mul(inRange(at.get(0), whole.length()), whole.at(at.get(0))));
    }
    if (at.size() != 2) throw new NotSupported("a matrix with one subscript");
    Expr guard = Build.mul(inRange(at.get(0), whole.rows), inRange(at.get(1), whole.cols));
    return SymbolicValue.scalar(Build.mul(guard, whole.at(at.get(0), at.get(1))));
  }

  private Expr inRange(Expr index, Expr length) {
    return new Indicator(new Compare(List.of(base(), index, last(length)), List.of(Relation.LE, Relation.LE)));
  }

  /** {@code (C_{\mathbf{a}})_{ij} = a_{(i-j) \bmod n}}, counted from the claim's base. */
  private SymbolicValue circulant(SymbolicValue a) {
    Expr n = a.length();
    return SymbolicValue.matrix(n, n, (r, c) -> a.at(Build.add(new Infix(Infix.Op.MOD, Build.sub(r, c), n),
        base())));
  }

  // ---- arithmetic --------------------------------------------------------------------------------------------

  /** Juxtaposition: scaling, or the matrix product with a sum over a fresh index. */
  private SymbolicValue product(SymbolicValue a, SymbolicValue b) throws TensorException {
    if (a.isScalar() || b.isScalar()) return a.zip(b, Build::mul);
    if (!a.cols.equals(b.rows)) throw new NotSupported("inner sizes the symbolic writer cannot match");
    Expr inner = a.cols;
    SymbolicValue.Entries entries;
    if (inner instanceof Num one && one.isOne()) {
      entries = (r, c) -> Build.mul(a.at(r, base()), b.at(base(), c));
    } else {
      entries = (r, c) -> {
        Var k = freshIndex("k");
        return new BigOp(BigOp.Kind.SUM, k, base(), last(inner), Build.mul(a.at(r, k), b.at(k, c)));
      };
    }
    boolean rowLeft = a.kind == SymbolicValue.Kind.ROW;
    boolean columnRight = b.kind == SymbolicValue.Kind.COLUMN;
    if (rowLeft && columnRight) return SymbolicValue.scalar(entries.at(null, null));
    if (rowLeft) return SymbolicValue.row(b.cols, entries);
    if (columnRight) return SymbolicValue.column(a.rows, entries);
    return SymbolicValue.matrix(a.rows, b.cols, entries);
  }

  private SymbolicValue sum(BigOp b, SEnv env) throws TensorException {
    if (b.kind() != BigOp.Kind.SUM) throw new NotSupported("a product over an index");
    Expr lo;
    Expr hi;
    if (b.lower() == null || b.upper() == null) {
      // as the expander: the index runs over the entries of what it subscripts
      lo = base();
      hi = last(lengthFromUse(b.body(), b.index(), env));
    } else {
      lo = scalar(value(b.lower(), env), "a bound");
      hi = scalar(value(b.upper(), env), "a bound");
    }
    Var k = freshIndex(b.index().name());
    SymbolicValue body = value(b.body(), env.withIndex(b.index(), k));
    return body.map(x -> new BigOp(BigOp.Kind.SUM, k, lo, hi, x));
  }

  private SymbolicValue infix(Infix inf, SEnv env) throws TensorException {
    switch (inf.op()) {
      case HADAMARD:
        return value(inf.lhs(), env).zip(value(inf.rhs(), env), Build::mul);
      case MOD:
        return SymbolicValue.scalar(new Infix(Infix.Op.MOD, scalar(value(inf.lhs(), env), "an index"),
            scalar(value(inf.rhs(), env), "a modulus")));
      case STAR: {
        var def = entryDefinitionOf(Infix.Op.STAR);
        if (def == null) throw new NotSupported("the valid convolution");
        SymbolicValue a = value(inf.lhs(), env);
        if (a.kind != SymbolicValue.Kind.COLUMN) throw new NotSupported("a convolution of a non-column");
        return SymbolicValue.column(a.length(), (r, c) -> userInfixEntry(inf, def, r, env));
      }
      default:
        throw new NotSupported("'" + inf.op().latex() + "' in the symbolic writer");
    }
  }

  private Definitions.EntryDef entryDefinitionOf(Infix.Op op) {
    for (var d : scope.entryDefs) {
      if (d.head().base() instanceof Infix h && h.op() == op && h.lhs() instanceof Var && h.rhs() instanceof Var
          && d.head().indices().size() == 1 && d.head().indices().get(0) instanceof Var) {
        return d;
      }
    }
    return null;
  }

  private Expr userInfixEntry(Infix use, Definitions.EntryDef def, Expr index, SEnv env) throws TensorException {
    Infix h = (Infix) def.head().base();
    var bind = new HashMap<Var, SymbolicValue>();
    bind.put((Var) h.lhs(), value(use.lhs(), env));
    bind.put((Var) h.rhs(), value(use.rhs(), env));
    SEnv inner = env.withLocals(bind).withIndex((Var) def.head().indices().get(0), index);
    return scalar(value(def.body(), inner), "an entry");
  }

  // ---- functions and derivatives -----------------------------------------------------------------------------

  private SymbolicValue call(Call c, SEnv env) throws TensorException {
    String fn = c.fn();
    var user = scope.defs.function(fn);
    if (user.isPresent()) {
      var f = user.get();
      if (c.primes() > 0 || f.params().size() != c.args().size()) throw new NotSupported("a derivative of " + fn);
      var bind = new HashMap<Var, SymbolicValue>();
      for (int k = 0; k < c.args().size(); k++) bind.put(f.params().get(k), value(c.args().get(k), env));
      return value(f.body(), env.withLocals(bind));
    }
    var matrix = scope.tensorFor(fn);
    if (matrix.isPresent() && c.args().size() == 1 && c.primes() == 0) {
      return product(value(new Var(matrix.get()), env), value(c.args().get(0), env)); // S(x): S applied to x
    }
    if (matrix.isPresent() || scope.valueOf(new Var(fn)).isPresent()
        || scope.decl.signatures.containsKey(fn)) {
      throw new NotSupported("a matrix or declared function applied");
    }
    if (c.primes() == 0 && c.args().size() == 1) {
      if (VectorFunctions.isSoftmax(fn)) return softmax(value(c.args().get(0), env));
      if (fn.equals("\\operatorname{Diag}") || fn.equals("\\operatorname{diag}")) {
        SymbolicValue v = value(c.args().get(0), env);
        if (!v.isVector()) throw new NotSupported("diag of a matrix");
        return SymbolicValue.matrix(v.length(), v.length(), (r, col) -> Build.mul(v.at(r),
            new Indicator(Compare.of(r, Relation.EQ, col))));
      }
      if (fn.startsWith("J_{") && fn.endsWith("}")
          && VectorFunctions.isSoftmax(VectorFunctions.functionName(fn.substring(3, fn.length() - 1)))
          && c.args().get(0) instanceof Var x) {
        return withRespectTo(softmax(value(x, env)), x);
      }
    }
    var builtin = Builtin.byName(fn);
    if (builtin.isPresent() && c.primes() == 0 && c.args().size() == 1) {
      String name = builtin.get().latex();
      return value(c.args().get(0), env).map(x -> Call.of(name, x));
    }
    throw new NotSupported(fn + " in the symbolic writer");
  }

  private SymbolicValue softmax(SymbolicValue v) throws TensorException {
    if (v.kind != SymbolicValue.Kind.COLUMN) throw new NotSupported("softmax of a non-column");
    return SymbolicValue.column(v.length(), (r, c) -> {
      Var k = freshIndex("k");
      Expr total = new BigOp(BigOp.Kind.SUM, k, base(), last(v.length()), new Pow(Const.E, v.at(k)));
      return Build.div(new Pow(Const.E, v.at(r)), total);
    });
  }

  /** Derivatives with respect to an entry of a vector, or of a scalar or vector with respect to a whole vector. */
  private SymbolicValue derivative(Deriv d, SEnv env) throws TensorException {
    if (d.order() != 1) throw new NotSupported("higher derivatives");
    if (d.var() instanceof Indexed ix && ix.base() instanceof Var b && ix.indices().size() == 1) {
      var tensor = scope.tensorFor(b.name());
      if (tensor.isEmpty() || scope.valueOf(new Var(tensor.get())).isPresent() || scope.dims(tensor.get()).size() != 1
          || scope.hasEntryDefinition(tensor.get())) {
        throw new NotSupported("a derivative with respect to this entry");
      }
      Expr at = scalar(value(ix.indices().get(0), env), "a subscript");
      Indexed wrt = new Indexed(new Var(tensor.get()), List.of(at));
      return value(d.body(), env).map(x -> new Deriv(x, wrt, 1, true));
    }
    if (d.var() instanceof Var x) return withRespectTo(value(d.body(), env), x);
    throw new NotSupported("this derivative in the symbolic writer");
  }

  /** The gradient of a scalar, or the Jacobian (entry (i, j) = d f_i / d x_j) of a column, by a whole vector. */
  private SymbolicValue withRespectTo(SymbolicValue body, Var x) throws TensorException {
    if (scope.isTensorName(x.name()) && scope.valueOf(x).isEmpty()
        && scope.dims(x.name()).size() == 1 && !scope.hasEntryDefinition(x.name())) {
      Var base = new Var(x.name());
      Expr n = scope.dims(x.name()).get(0);
      if (body.isScalar()) {
        return SymbolicValue.column(n, (r, c) -> new Deriv(body.scalar, new Indexed(base, List.of(r)), 1, true));
      }
      if (body.kind == SymbolicValue.Kind.COLUMN) {
        return SymbolicValue.matrix(body.rows, n,
            (r, c) -> new Deriv(body.at(r), new Indexed(base, List.of(c)), 1, true));
      }
    }
    throw new NotSupported("this derivative in the symbolic writer");
  }

  /**
   * The length of what an index subscripts as a whole subscript ({@link IndexRanges}, symbolically): all uses must
   * give the same length.
   */
  Expr lengthFromUse(Expr body, Var index, SEnv env) throws TensorException {
    var lengths = new java.util.LinkedHashSet<Expr>();
    collectLengths(body, index, env, lengths);
    if (lengths.size() != 1) throw new NotSupported("the range of " + index.name());
    return lengths.iterator().next();
  }

  private void collectLengths(Expr e, Var index, SEnv env, java.util.Set<Expr> out) throws TensorException {
    if (e instanceof BigOp b && b.index().equals(index)) return;
    if (e instanceof Call c && ClaimScope.isOneHot(c.fn())) throw new NotSupported("one-hot vectors");
    if (e instanceof Indexed ix && (!Names.isNameLike(ix)
        || ix.base() instanceof Var v0 && scope.tensorFor(v0.name()).isPresent())) {
      for (int k = 0; k < ix.indices().size(); k++) {
        if (!ix.indices().get(k).equals(index)) continue;
        Expr base = ix.base();
        if (derivcheck.expr.Exprs.any(base, x -> x.equals(index))) continue;
        if (base instanceof Var v) base = new Var(scope.tensorFor(v.name()).orElse(v.name()));
        SymbolicValue t;
        try {
          t = value(base, env);
        } catch (NotSupported unusable) {
          continue;
        }
        if (t.isScalar()) continue;
        out.add(t.isVector() ? t.length() : k == 0 ? t.rows : t.cols);
      }
    }
    for (Expr c : e.children()) collectLengths(c, index, env, out);
  }

  static Expr scalar(SymbolicValue v, String what) throws NotSupported {
    if (!v.isScalar()) throw new NotSupported(what + " is not a scalar");
    return v.scalar;
  }
}
