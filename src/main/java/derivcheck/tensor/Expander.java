package derivcheck.tensor;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import derivcheck.lib.Build;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a vector, matrix or index expression into explicit scalar entries at concrete sizes: {@code S(\mathbf{x})}
 * at n = 3 becomes three quotients of exponentials of the unknowns {@code \mathbf{x}_{1}, \mathbf{x}_{2},
 * \mathbf{x}_{3}}. The entries are ordinary scalar trees that the scalar machinery (numeric check, Symja) checks.
 *
 * <p>Conventions: juxtaposition is the matrix product; scalars combine with anything entry by entry; a list written
 * in a line ({@code [a, b]}, {@code (a_0, \dots, a_{n-1})}) is a column vector, also with {@code ^\top}; an entry
 * outside a vector reads as 0 (zero padding) and is noted; {@code |\mathbf{v}|} is the length of a vector.
 */
final class Expander {
  private static final int MAX_DEPTH = 60;
  private static final int MAX_TERMS = 5000;

  final ClaimScope scope;
  private final VectorFunctions functions = new VectorFunctions(this);
  private final Differentiation calculus = new Differentiation(this);

  Expander(ClaimScope scope) {
    this.scope = scope;
  }

  Tensor expand(Expr e, Env env) throws TensorException {
    if (env.depth > MAX_DEPTH) throw new NotSupported("definitions refer to each other in a cycle");
    if (e instanceof Num || e instanceof Const) return Tensor.scalar(e);
    if (e instanceof Var v) return variable(v, env);
    if (e instanceof Indexed ix) return indexed(ix, env);
    if (e instanceof Neg n) return Arithmetic.neg(expand(n.arg(), env));
    if (e instanceof Add a) {
      Tensor acc = expand(a.terms().get(0), env);
      for (int k = 1; k < a.terms().size(); k++) acc = Arithmetic.add(acc, expand(a.terms().get(k), env));
      return acc;
    }
    if (e instanceof Mul m) {
      Tensor acc = expand(m.factors().get(0), env);
      for (int k = 1; k < m.factors().size(); k++) acc = Arithmetic.product(acc, expand(m.factors().get(k), env));
      return acc;
    }
    if (e instanceof Div d) return divide(expand(d.num(), env), expand(d.den(), env));
    if (e instanceof Pow p) return power(p, env);
    if (e instanceof Abs a) return abs(expand(a.arg(), env));
    if (e instanceof Call c) return functions.call(c, env);
    if (e instanceof Deriv d) return calculus.derivative(d, env);
    if (e instanceof Gradient g) return calculus.gradient(g, env);
    if (e instanceof BigOp b) return bigOp(b, env);
    if (e instanceof Optimize o && o.over() instanceof Var i
        && (o.kind() == Optimize.Kind.MAX || o.kind() == Optimize.Kind.MIN)) {
      return extremeOverIndex(o, i, env);
    }
    if (e instanceof Transpose t) {
      Tensor arg = expand(t.arg(), env);
      // [a, b]^\top: the transpose on a written list only says "read it as a column"
      return t.arg() instanceof Tuple ? arg : arg.transpose();
    }
    if (e instanceof Tuple t) return Tensor.column(Tuples.items(t.items(), env, this), null);
    if (e instanceof MatrixLit m) return Tuples.matrix(m, env, this);
    if (e instanceof Norm n) return Tensor.scalar(functions.norm(expand(n.arg(), env), n.p(), false));
    if (e instanceof Inner i) return Tensor.scalar(functions.dot(expand(i.left(), env), expand(i.right(), env)));
    if (e instanceof Infix inf) return infix(inf, env);
    if (e instanceof Indicator ind) return Tensor.scalar(indicator(ind, env));
    if (e instanceof Floor f) return Tensor.scalar(Num.of(Math.floorDiv(numerator(f.arg(), env), denominator(f.arg(), env))));
    if (e instanceof Ceil c) return Tensor.scalar(Num.of(-Math.floorDiv(-numerator(c.arg(), env), denominator(c.arg(), env))));
    throw new NotSupported("cannot read " + describe(e) + " as a vector or matrix expression yet");
  }

  // ---- names -------------------------------------------------------------------------------------------------

  private Tensor variable(Var v, Env env) throws TensorException {
    Integer index = env.indices.get(v);
    if (index != null) return Tensor.scalar(Num.of(index));
    Tensor local = env.locals.get(v);
    if (local != null) return local;
    Integer size = env.sizes.get(v);
    if (size != null) return Tensor.scalar(Num.of(size));
    if (!env.masked.contains(v.name())) {
      Optional<Expr> value = scope.valueOf(v);
      if (value.isPresent()) return expand(value.get(), env.deeper());
    }
    if (Names.isOnes(v)) return Tensor.fill(Num.ONE);
    if (Names.isZeros(v)) return Tensor.fill(Num.ZERO);
    if (scope.hasEntryDefinition(v.name())) return fromEntries(v.name(), env);
    if (scope.isTensorName(v.name())) return unknowns(v.name(), env);
    if (scope.decl.signatures.containsKey(v.name())) {
      throw new NotSupported("the function " + v.name() + " is used without an argument");
    }
    return Tensor.scalar(v);
  }

  /** The unknowns of a vector or matrix: {@code \mathbf{x}_{1}, ..., \mathbf{x}_{n}}, numbered from the base. */
  Tensor unknowns(String name, Env env) throws TensorException {
    List<Expr> dims = scope.dims(name);
    if (env.masked.contains(name) && scope.valueOf(new Var(name)).isPresent()) {
      // the variable of a derivative that names a value: unknowns shaped like the value
      Tensor value = expand(scope.valueOf(new Var(name)).get(), env.deeper());
      return unknownsLike(name, value);
    }
    if (dims.isEmpty()) return Tensor.scalar(new Var(name));
    int rows = dimension(dims.get(0), env, name);
    var out = new ArrayList<Expr>();
    if (dims.size() == 1) {
      for (int r = 0; r < rows; r++) out.add(entryUnknown(name, List.of(r), env));
      return Tensor.column(out, dims.get(0));
    }
    int cols = dimension(dims.get(1), env, name);
    for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out.add(entryUnknown(name, List.of(r, c), env));
    return Tensor.matrix(rows, cols, out, dims.get(0), dims.get(1));
  }

  Tensor unknownsLike(String name, Tensor shape) throws TensorException {
    var out = new ArrayList<Expr>();
    if (shape.isScalar()) return Tensor.scalar(new Var(name));
    for (int r = 0; r < shape.rows(); r++) {
      for (int c = 0; c < shape.cols(); c++) {
        out.add(shape.kind() == Tensor.Kind.MATRIX ? unknown(name, List.of(r, c)) : unknown(name, List.of(r + c)));
      }
    }
    return shape.withEntries(out);
  }

  private Expr entryUnknown(String name, List<Integer> positions, Env env) throws TensorException {
    Indexed u = unknown(name, positions);
    if (!env.masked.contains(name)) {
      Optional<Expr> value = scope.valueOf(u);
      if (value.isEmpty()) value = scope.valueOf(new Indexed(new Var(Names.letter(name) + Names.label(name)), u.indices()));
      if (value.isPresent()) return scalarOf(expand(value.get(), env.deeper()), "the value of " + Points.name(u));
    }
    return u;
  }

  /** The scalar unknown at 0-based positions, named with the claim's numbering. */
  Indexed unknown(String name, List<Integer> positions) {
    var idx = new ArrayList<Expr>();
    for (int p : positions) idx.add(Num.of(p + scope.base));
    return new Indexed(new Var(name), idx);
  }

  private int dimension(Expr dim, Env env, String name) throws TensorException {
    long v = integer(dim, env, "the size of " + name);
    if (v < 1) throw new SizeDoesNotFit(name + " would have size " + v);
    if (v > 64) throw new NotSupported(name + " is too large to write out (" + v + ")");
    return (int) v;
  }

  /** A vector or matrix given by a definition of its entries ({@code S_{ij} = ...}); its shape must be declared. */
  private Tensor fromEntries(String name, Env env) throws TensorException {
    List<Expr> dims = scope.decl.shapes.get(name);
    if (dims == null) {
      for (var en : scope.decl.shapes.entrySet()) if (ClaimScope.sameTensor(en.getKey(), name)) dims = en.getValue();
    }
    if (dims == null || dims.isEmpty()) {
      throw new NotSupported("declare the shape of " + name + " (e.g. " + name + " \\in \\mathbb{R}^{n \\times n})"
          + " to use it as a whole");
    }
    int rows = dimension(dims.get(0), env, name);
    int cols = dims.size() > 1 ? dimension(dims.get(1), env, name) : 1;
    var out = new ArrayList<Expr>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        var idx = new ArrayList<Expr>();
        idx.add(Num.of(r + scope.base));
        if (dims.size() > 1) idx.add(Num.of(c + scope.base));
        out.add(scalarOf(expand(new Indexed(new Var(name), idx), env.deeper()), name + " entry"));
      }
    }
    return dims.size() == 1 ? Tensor.column(out, dims.get(0)) : Tensor.matrix(rows, cols, out, dims.get(0), dims.get(1));
  }

  private Tensor indexed(Indexed ix, Env env) throws TensorException {
    Integer size = env.sizes.get(ix);
    if (size != null) return Tensor.scalar(Num.of(size));
    if (ix.base() instanceof Var b) {
      if (b.name().equals("C") && ix.indices().size() == 1 && !scope.hasEntryDefinition("C")
          && scope.valueOf(b).isEmpty()) {
        Tensor a = expand(ix.indices().get(0), env);
        if (a.isVector()) return VectorFunctions.circulant(a);
      }
      if (scope.hasEntryDefinition(b.name())) {
        var values = new ArrayList<Long>();
        for (Expr i : ix.indices()) values.add(integer(i, env, "a subscript of " + b.name()));
        var def = entryDefinition(b, values);
        if (def.isPresent()) {
          var bind = new HashMap<Var, Integer>();
          var head = def.get().head();
          for (int k = 0; k < values.size(); k++) {
            if (head.indices().get(k) instanceof Var v) bind.put(v, values.get(k).intValue());
          }
          return expand(def.get().body(), env.withIndices(bind).deeper());
        }
      }
      Optional<String> tensor = scope.tensorFor(b.name());
      if (tensor.isPresent() && !(env.locals.containsKey(b))) {
        return entry(expand(new Var(tensor.get()), env), ix.indices(), env, tensor.get());
      }
      if (env.locals.containsKey(b)) return entry(env.locals.get(b), ix.indices(), env, b.name());
      // a plain scalar with subscripts (y_1): an unknown of its own, or a named value
      var idx = new ArrayList<Expr>();
      for (Expr i : ix.indices()) {
        Tensor t = expand(i, env);
        var k = t.isScalar() ? IntEval.of(t.value()) : java.util.OptionalLong.empty();
        if (k.isEmpty()) {
          if (i instanceof Var) {
            throw new NotSupported(describe(ix) + ": " + b.name() + " is not a vector here (declare it, e.g. "
                + b.name() + " \\in \\mathbb{R}^n, or write \\mathbf{" + b.name() + "}), so " + describe(i)
                + " is not an index");
          }
          throw new NotSupported("the subscript of " + describe(ix) + " is not an integer here");
        }
        idx.add(Num.of(k.getAsLong()));
      }
      Indexed u = new Indexed(b, idx);
      Optional<Expr> value = scope.valueOf(u);
      if (value.isPresent() && !env.masked.contains(b.name())) return expand(value.get(), env.deeper());
      return Tensor.scalar(u);
    }
    if (ix.base() instanceof Infix inf) {
      var def = entryDefinitionOf(inf.op());
      if (def.isPresent()) return userInfixEntry(inf, def.get(), ix.indices(), env);
    }
    return entry(expand(ix.base(), env), ix.indices(), env, describe(ix.base()));
  }

  /**
   * The definition by entries that applies at these index values: a head's variables match any value, its numbers
   * only themselves, and a head with more numbers comes first ({@code \tilde\omega_{k,0}} before
   * {@code \tilde\omega_{k,j}}).
   */
  private Optional<Definitions.EntryDef> entryDefinition(Var base, List<Long> values) {
    Definitions.EntryDef best = null;
    long bestNumbers = -1;
    for (var d : scope.entryDefs) {
      if (!(d.head().base() instanceof Var b && ClaimScope.sameTensor(b.name(), base.name()))) continue;
      if (d.head().indices().size() != values.size()) continue;
      boolean matches = true;
      long numbers = 0;
      for (int k = 0; k < values.size(); k++) {
        Expr h = d.head().indices().get(k);
        if (h instanceof Var) continue;
        var v = IntEval.of(h);
        if (v.isEmpty()) {
          matches = false;
          break;
        }
        numbers++;
        matches &= v.getAsLong() == values.get(k);
      }
      if (matches && numbers > bestNumbers) {
        best = d;
        bestNumbers = numbers;
      }
    }
    return Optional.ofNullable(best);
  }

  Optional<Definitions.EntryDef> entryDefinitionOf(Infix.Op op) {
    for (var d : scope.entryDefs) {
      if (d.head().base() instanceof Infix h && h.op() == op && h.lhs() instanceof Var && h.rhs() instanceof Var
          && d.head().indices().size() == 1 && d.head().indices().get(0) instanceof Var) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Entry of {@code (a op b)} by a definition {@code (\mathbf{x} op \mathbf{w})_i = body}. */
  private Tensor userInfixEntry(Infix use, Definitions.EntryDef def, List<Expr> indices, Env env)
      throws TensorException {
    Infix h = (Infix) def.head().base();
    var bind = new HashMap<Var, Tensor>();
    bind.put((Var) h.lhs(), expand(use.lhs(), env));
    bind.put((Var) h.rhs(), expand(use.rhs(), env));
    long i = integer(indices.get(0), env, "the subscript");
    Env inner = env.withLocals(bind).withIndex((Var) def.head().indices().get(0), (int) i);
    return expand(def.body(), inner);
  }

  /** The whole of {@code a op b} by a definition of its entries; the length is that of the left operand. */
  Tensor userInfix(Infix use, Definitions.EntryDef def, Env env) throws TensorException {
    Tensor a = expand(use.lhs(), env);
    if (!a.isVector()) throw new ShapeError(use.op().latex() + " needs vectors, not " + a.describe());
    var out = new ArrayList<Expr>();
    for (int k = 0; k < a.length(); k++) {
      out.add(scalarOf(userInfixEntry(use, def, List.of(Num.of(k + scope.base)), env), "an entry"));
    }
    return Tensor.column(out, a.lengthName());
  }

  /** An entry of an expanded value; positions outside a vector read as 0 (zero padding), with a note. */
  Tensor entry(Tensor whole, List<Expr> indices, Env env, String what) throws TensorException {
    if (whole.isScalar()) {
      throw new ShapeError("cannot take entry " + describeIndices(indices) + " of " + what + ", which is a scalar");
    }
    if (whole.isFill()) return Tensor.scalar(whole.fillValue());
    var pos = new ArrayList<Long>();
    for (Expr i : indices) pos.add(integer(i, env, "a subscript of " + what) - scope.base);
    if (whole.isVector()) {
      if (pos.size() != 1) throw new ShapeError(what + " is a vector: it takes one subscript, not " + pos.size());
      long p = pos.get(0);
      if (p < 0 || p >= whole.length()) return outside(what, indices, env);
      return Tensor.scalar(whole.at((int) p));
    }
    if (pos.size() != 2) throw new ShapeError(what + " is a matrix: it takes two subscripts, not " + pos.size());
    long r = pos.get(0);
    long c = pos.get(1);
    if (r < 0 || r >= whole.rows() || c < 0 || c >= whole.cols()) return outside(what, indices, env);
    return Tensor.scalar(whole.at((int) r, (int) c));
  }

  private Tensor outside(String what, List<Expr> indices, Env env) {
    env.notes.add("entries outside " + what + " read as 0");
    return Tensor.scalar(Num.ZERO);
  }

  // ---- arithmetic --------------------------------------------------------------------------------------------

  private static Tensor divide(Tensor num, Tensor den) throws ShapeError {
    if (den.isScalar()) {
      Expr d = den.value();
      if (num.isFill()) return Tensor.fill(Build.div(num.fillValue(), d));
      return Arithmetic.map(num, x -> Build.div(x, d));
    }
    if (den.kind() == Tensor.Kind.MATRIX || num.kind() == Tensor.Kind.MATRIX) {
      throw new ShapeError("cannot divide " + num.describe() + " by " + den.describe());
    }
    return Arithmetic.elementwise(num, den, Build::div, "divide");
  }

  private Tensor power(Pow p, Env env) throws TensorException {
    if (p.base() instanceof Norm n && p.exp() instanceof Num two && two.value().intValue() == 2 && two.isInteger()
        && (n.p() == null || (n.p() instanceof Num q && q.value().intValue() == 2))) {
      return Tensor.scalar(functions.norm(expand(n.arg(), env), n.p(), true)); // \|x\|_2^2: the sum of squares
    }
    Tensor base = expand(p.base(), env);
    Tensor exp = expand(p.exp(), env);
    if (base.kind() == Tensor.Kind.MATRIX || exp.kind() == Tensor.Kind.MATRIX) {
      throw new NotSupported("powers of matrices are not supported");
    }
    return Arithmetic.elementwise(base, exp, Build::pow, "raise");
  }

  private static Tensor abs(Tensor t) throws ShapeError {
    if (t.isScalar()) return Tensor.scalar(new Abs(t.value()));
    if (t.isVector() && !t.isFill()) return Tensor.scalar(Num.of(t.length())); // |v|: the length of a vector
    throw new ShapeError("|.| of " + t.describe() + " is ambiguous: write \\det or a norm");
  }

  /** {@code \\max_i x_i}: the largest (smallest) of the scalar body over the index's range, read from its use. */
  private Tensor extremeOverIndex(Optimize o, Var i, Env env) throws TensorException {
    long length = IndexRanges.lengthFromUse(o.body(), i, env, this)
        .orElseThrow(() -> new NotSupported("the index " + i.name() + " under \\" + o.kind().name().toLowerCase()
            + " has no range: use it on a vector, as in \\max_i \\mathbf{x}_i"));
    if (length > MAX_TERMS) throw new NotSupported("the maximum over " + i.name() + " has too many terms");
    var values = new ArrayList<Expr>();
    for (long k = scope.base; k < scope.base + length; k++) {
      values.add(scalarOf(expand(o.body(), env.withIndex(i, (int) k)), "the body of \\max"));
    }
    if (values.size() == 1) return Tensor.scalar(values.get(0));
    String fn = o.kind() == Optimize.Kind.MAX ? "\\max" : "\\min";
    return Tensor.scalar(new derivcheck.expr.Call(fn, values));
  }

  private Tensor bigOp(BigOp b, Env env) throws TensorException {
    long lo;
    long hi;
    if (b.lower() != null) {
      lo = integer(b.lower(), env, "the lower bound of the sum over " + b.index().name());
      hi = integer(b.upper(), env, "the upper bound of the sum over " + b.index().name());
    } else {
      long length = IndexRanges.lengthFromUse(b.body(), b.index(), env, this)
          .orElseThrow(() -> new NotSupported("the sum over " + b.index().name() + " has no range: give its bounds"));
      lo = scope.base;
      hi = scope.base + length - 1;
    }
    if (hi - lo > MAX_TERMS) throw new NotSupported("the sum over " + b.index().name() + " has too many terms");
    boolean sum = b.kind() == BigOp.Kind.SUM;
    Tensor acc = null;
    for (long k = lo; k <= hi; k++) {
      Tensor term = expand(b.body(), env.withIndex(b.index(), (int) k));
      if (acc == null) acc = term;
      else if (sum) acc = Arithmetic.add(acc, term);
      else if (acc.isScalar() && term.isScalar()) acc = Tensor.scalar(Build.mul(acc.value(), term.value()));
      else throw new NotSupported("a product of vectors over an index");
    }
    if (acc == null) return Tensor.scalar(sum ? Num.ZERO : Num.ONE);
    return acc;
  }

  private Tensor infix(Infix inf, Env env) throws TensorException {
    switch (inf.op()) {
      case HADAMARD:
        return Arithmetic.hadamard(expand(inf.lhs(), env), expand(inf.rhs(), env));
      case MOD: {
        long a = integer(inf.lhs(), env, "the left side of \\bmod");
        long n = integer(inf.rhs(), env, "the modulus");
        if (n == 0) throw new SizeDoesNotFit("\\bmod 0");
        return Tensor.scalar(Num.of(Math.floorMod(a, n)));
      }
      case STAR: {
        var def = entryDefinitionOf(Infix.Op.STAR);
        if (def.isPresent()) return userInfix(inf, def.get(), env);
        return VectorFunctions.validConvolution(expand(inf.lhs(), env), expand(inf.rhs(), env));
      }
      case FULL_STAR: {
        var def = entryDefinitionOf(Infix.Op.FULL_STAR);
        if (def.isPresent()) return userInfix(inf, def.get(), env);
        return VectorFunctions.fullConvolution(expand(inf.lhs(), env), expand(inf.rhs(), env));
      }
      case CIRCULAR_STAR: {
        var def = entryDefinitionOf(Infix.Op.CIRCULAR_STAR);
        if (def.isPresent()) return userInfix(inf, def.get(), env);
        return VectorFunctions.circularConvolution(expand(inf.lhs(), env), expand(inf.rhs(), env));
      }
      default:
        throw new NotSupported("'" + inf.op().latex() + "' has no value as a vector or matrix expression");
    }
  }

  /**
   * {@code \mathbf{1}_{i=j}} between integers is 0 or 1; between scalar expressions it is written with sign:
   * with s = sign(a - b), {@code \mathbf{1}_{a>b} = (s + |s|)/2}, {@code \mathbf{1}_{a=b} = 1 - |s|}, exactly
   * (sign(0) = 0).
   */
  private Expr indicator(Indicator ind, Env env) throws TensorException {
    if (!(ind.condition() instanceof Compare c)) {
      throw new NotSupported("an indicator of a set is not supported; write a comparison such as i = j");
    }
    var values = new ArrayList<Expr>();
    boolean integers = true;
    for (Expr t : c.terms()) {
      Expr v = scalarOf(expand(t, env), "a side of the indicator's condition");
      values.add(v);
      var k = IntEval.exact(v);
      integers &= k != null && k.stripTrailingZeros().scale() <= 0;
    }
    if (integers) {
      for (int r = 0; r < c.relations().size(); r++) {
        long a = IntEval.of(values.get(r)).getAsLong();
        long b = IntEval.of(values.get(r + 1)).getAsLong();
        if (!holds(c.relations().get(r), a, b)) return Num.ZERO;
      }
      return Num.ONE;
    }
    var factors = new ArrayList<Expr>();
    for (int r = 0; r < c.relations().size(); r++) {
      Expr sign = derivcheck.lib.Builtin.SIGN.call(Build.sub(values.get(r), values.get(r + 1)));
      Expr abs = new Abs(sign);
      Expr half = Num.TWO;
      switch (c.relations().get(r)) {
        case GT: factors.add(Build.div(Build.add(abs, sign), half)); break;
        case LT: factors.add(Build.div(Build.sub(abs, sign), half)); break;
        case GE: factors.add(Build.sub(Num.ONE, Build.div(Build.sub(abs, sign), half))); break;
        case LE: factors.add(Build.sub(Num.ONE, Build.div(Build.add(abs, sign), half))); break;
        case EQ: factors.add(Build.sub(Num.ONE, abs)); break;
        case NE: factors.add(abs); break;
        default: throw new NotSupported("'" + c.relations().get(r).latex() + "' in an indicator");
      }
    }
    return Build.mul(factors);
  }

  private static boolean holds(Relation r, long a, long b) throws NotSupported {
    switch (r) {
      case EQ: return a == b;
      case NE: return a != b;
      case LT: return a < b;
      case LE: return a <= b;
      case GT: return a > b;
      case GE: return a >= b;
      default: throw new NotSupported("'" + r.latex() + "' in an indicator");
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  /** The integer value of an index, bound or size expression. */
  long integer(Expr e, Env env, String what) throws TensorException {
    Tensor t = expand(e, env);
    if (!t.isScalar()) throw new ShapeError(what + " is " + t.describe() + ", not an integer");
    var v = IntEval.of(t.value());
    if (v.isEmpty()) throw new NotSupported(what + " (" + describe(e) + ") is not an integer here");
    return v.getAsLong();
  }

  private long numerator(Expr e, Env env) throws TensorException {
    if (e instanceof Div d) return integer(d.num(), env, "a numerator");
    return integer(e, env, "the argument of floor");
  }

  private long denominator(Expr e, Env env) throws TensorException {
    if (e instanceof Div d) {
      long q = integer(d.den(), env, "a denominator");
      if (q == 0) throw new SizeDoesNotFit("division by 0");
      return q;
    }
    return 1;
  }

  static Expr scalarOf(Tensor t, String what) throws ShapeError {
    if (!t.isScalar()) throw new ShapeError(what + " should be a scalar, not " + t.describe());
    return t.value();
  }

  static String describe(Expr e) {
    try {
      return derivcheck.render.LatexPrinter.print(e);
    } catch (RuntimeException notPrintable) {
      return e.getClass().getSimpleName();
    }
  }

  private static String describeIndices(List<Expr> indices) {
    var parts = new ArrayList<String>();
    for (Expr i : indices) parts.add(describe(i));
    return String.join(",", parts);
  }

  static final class Points {
    private Points() {}

    static String name(Indexed u) {
      return describe(u);
    }
  }

  static Map<Var, Tensor> bind(Var v, Tensor t) {
    var m = new HashMap<Var, Tensor>();
    m.put(v, t);
    return m;
  }
}
