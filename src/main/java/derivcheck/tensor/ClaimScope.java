package derivcheck.tensor;

import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.ForAll;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one vector or matrix claim needs besides its sizes: the declarations and definitions in force (the
 * file's and those written beside the claim), which names are vectors and matrices, which symbols are sizes
 * ({@code n}, {@code d_h}, {@code K}), which indices are free (universally quantified), and whether indices count
 * from 0 or 1.
 *
 * <p>Sizes: symbols in declared dimensions ({@code \mathbb{R}^{n}}), summation bounds, compound subscripts
 * ({@code y_{K-1}}) and index ranges. A vector or matrix that is not declared takes the claim's implicit size
 * {@code n} (a matrix is n x n). Free indices: variables written as a whole subscript of a vector or matrix
 * ({@code S(\mathbf{x})_i}, {@code \mathbf{x}_j}) and not bound by a sum. Index base: 0 when the claim or a definition
 * it uses writes an entry {@code x_0}, sums from 0 over a subscript, or declares {@code i \in \{0, \dots\}}; else 1.
 */
final class ClaimScope {
  final Definitions defs;
  final Declarations decl = new Declarations();
  /** Named values written beside the claim ({@code \text{where } z = x_1 - x_2}), first; then the file's. */
  final Map<Expr, Expr> whereValues = new LinkedHashMap<>();
  final List<Definitions.EntryDef> entryDefs = new ArrayList<>();
  final List<Chain> sizeConditions = new ArrayList<>();
  final List<Chain> scalarConditions = new ArrayList<>();
  final Set<Expr> sizeSymbols = new LinkedHashSet<>();
  final Set<Var> freeIndices = new LinkedHashSet<>();
  final Set<String> tensorNames = new LinkedHashSet<>();
  final Var implicitSize;
  final int base;
  private final Set<String> namesInUse = new HashSet<>();
  /** Parameters of the definitions reached: the i of y_i = ..., the x of f(x) = ... are bound in their bodies. */
  private final Map<Expr, Set<Var>> parameters = new java.util.IdentityHashMap<>();

  private ClaimScope(Definitions defs, List<Expr> sides, List<Chain> conditions) throws NotSupported {
    this.defs = defs;
    for (Expr d : defs.declarations()) decl.read(d);
    var rest = new ArrayList<Chain>();
    for (Chain c : conditions) {
      if (c.terms().size() == 1 && c.relations().isEmpty() && decl.read(c.terms().get(0))) continue;
      if (c.terms().size() == 1 && c.terms().get(0) instanceof ForAll fa && fa.bound() instanceof Var v) {
        freeIndices.add(v);
        continue;
      }
      if (isWhere(c)) {
        Expr head = c.terms().get(0);
        if (head instanceof Indexed ix && !Names.isNameLike(ix)) {
          entryDefs.add(new Definitions.EntryDef(ix, c.terms().get(1), List.of()));
        } else if (head instanceof Indexed ix && ix.indices().stream().anyMatch(x -> x instanceof Var)) {
          entryDefs.add(new Definitions.EntryDef(ix, c.terms().get(1), List.of()));
        } else {
          whereValues.put(head, c.terms().get(1));
        }
        continue;
      }
      rest.add(c);
    }
    entryDefs.addAll(defs.entryDefinitions());
    for (var d : entryDefs) {
      for (Chain c : d.conditions()) if (c.terms().size() == 1) decl.read(c.terms().get(0));
    }

    // Everything the claim reaches: its sides, its conditions, and the definitions they use.
    var roots = new ArrayList<Expr>(sides);
    for (Chain c : rest) roots.addAll(c.terms());
    var reached = new ArrayList<Expr>();
    reach(roots, reached);

    for (String name : namesInUse) if (isTensorName(name)) tensorNames.add(name);
    tensorNames.addAll(declaredTensors());

    // Indices: whole subscripts of vectors and matrices in the claim itself, and declared ranges.
    for (Expr r : sides) collectIndices(r, new HashSet<>(), freeIndices); // a condition's own indices are its own
    for (Var v : decl.ranges.keySet()) {
      // a declared index counts where it is used, also through a definition (L = -\log o_y for every class y)
      if (reached.stream().anyMatch(r -> derivcheck.expr.Exprs.any(r, e -> e.equals(v))
          && !parameters.getOrDefault(r, Set.of()).contains(v))) {
        freeIndices.add(v);
      }
    }

    // Sizes: those of the vectors, matrices, functions and indices the claim uses.
    decl.shapes.forEach((name, dims) -> {
      if (usesName(name)) for (Expr d : dims) sizeLeaves(d, sizeSymbols);
    });
    decl.signatures.forEach((name, sig) -> {
      if (!usesName(name)) return;
      for (Expr d : sig.in()) sizeLeaves(d, sizeSymbols);
      for (Expr d : sig.out()) sizeLeaves(d, sizeSymbols);
    });
    decl.ranges.forEach((v, range) -> {
      if (!freeIndices.contains(v)) return;
      sizeLeaves(range.lo(), sizeSymbols);
      sizeLeaves(range.hi(), sizeSymbols);
    });
    for (Expr r : reached) collectSizes(r, new HashSet<>(parameters.getOrDefault(r, Set.of())), sizeSymbols);
    sizeSymbols.removeAll(freeIndices);
    Var implicit = null;
    boolean undeclared = tensorNames.stream().anyMatch(n -> !decl.shapes.containsKey(n) && !isValueDefined(n)
        && !hasEntryDefinition(n));
    if (undeclared) {
      implicit = new Var(freeIndices.contains(new Var("n")) ? "N" : "n");
      sizeSymbols.add(implicit);
    }
    implicitSize = implicit;

    // \ell = m between sizes is a condition on the sizes, not a definition
    for (var it = whereValues.entrySet().iterator(); it.hasNext(); ) {
      var en = it.next();
      var leaves = new LinkedHashSet<Expr>();
      nameLeaves(en.getValue(), leaves);
      if (sizeSymbols.contains(en.getKey()) && !leaves.isEmpty() && sizeSymbols.containsAll(leaves)) {
        sizeConditions.add(Chain.of(en.getKey(), Relation.EQ, en.getValue()));
        it.remove();
      }
    }
    for (Chain c : rest) {
      var leaves = new LinkedHashSet<Expr>();
      for (Expr t : c.terms()) nameLeaves(t, leaves);
      if (!leaves.isEmpty() && sizeSymbols.containsAll(leaves)) sizeConditions.add(c);
      else scalarConditions.add(c);
    }
    base = indexBase(reached);
  }

  static ClaimScope of(Expr lhs, Expr rhs, List<Chain> conditions, Definitions defs) throws NotSupported {
    var sides = new ArrayList<Expr>();
    sides.add(lhs);
    if (rhs != null) sides.add(rhs);
    return new ClaimScope(defs, sides, conditions);
  }

  private static boolean isWhere(Chain c) {
    if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQ) return false;
    Expr head = c.terms().get(0);
    return head instanceof Var || (head instanceof Indexed ix && Names.isNameLike(ix));
  }

  /** The names the claim and the definitions it uses mention. */
  Set<String> namesUsed() {
    return java.util.Collections.unmodifiableSet(namesInUse);
  }

  /** Whether the claim (or a definition it uses) mentions the name, in either spelling. */
  private boolean usesName(String name) {
    if (namesInUse.contains(name)) return true;
    for (String n : namesInUse) if (sameTensor(n, name)) return true;
    return false;
  }

  // ---- names -------------------------------------------------------------------------------------------------

  /** A vector or matrix by declaration or by the bold convention. */
  boolean isTensorName(String name) {
    var dims = decl.shapes.get(name);
    if (dims != null) return !dims.isEmpty();
    return Names.boldIsMatrix(name).isPresent();
  }

  private Set<String> declaredTensors() {
    var out = new LinkedHashSet<String>();
    decl.shapes.forEach((k, v) -> {
      if (!v.isEmpty()) out.add(k);
    });
    return out;
  }

  boolean isValueDefined(String name) {
    return valueOf(new Var(name)).isPresent();
  }

  boolean hasEntryDefinition(String name) {
    return entryDefs.stream().anyMatch(d -> d.head().base() instanceof Var v && sameTensor(v.name(), name));
  }

  /** The same vector or matrix: {@code e} and {@code \mathbf{e}}, {@code W^{(2)}} and {@code \mathbf{W}^{(2)}}. */
  static boolean sameTensor(String a, String b) {
    if (a.equals(b)) return true;
    return (Names.isBold(a) != Names.isBold(b)) && Names.letter(a).equals(Names.letter(b))
        && Names.label(a).equals(Names.label(b));
  }

  /** The value a name stands for: written beside the claim first, then the file's definitions. */
  Optional<Expr> valueOf(Expr name) {
    Expr w = whereValues.get(name);
    if (w != null) return Optional.of(w);
    return defs.value(name);
  }

  /**
   * The vector or matrix a subscripted name refers to: itself when it is one, else its bold spelling in use
   * ({@code x} in {@code x_k} refers to {@code \mathbf{x}}); empty for a plain scalar name.
   */
  Optional<String> tensorFor(String name) {
    if (tensorNames.contains(name) || isTensorName(name) || hasEntryDefinition(name)) return Optional.of(name);
    if (isValueDefined(name) && Names.isBold(name)) return Optional.of(name);
    if (Names.isBold(name)) return Optional.empty();
    for (String b : List.of(Names.bold(name), Names.boldsymbol(name))) {
      if (tensorNames.contains(b) || isValueDefined(b) || hasEntryDefinition(b)) return Optional.of(b);
    }
    return Optional.empty();
  }

  /** The declared or conventional dimensions of a vector or matrix name; the implicit size when undeclared. */
  List<Expr> dims(String name) {
    var d = decl.shapes.get(name);
    if (d != null) return d;
    var matrix = Names.boldIsMatrix(name);
    if (matrix.isEmpty() || implicitSize == null) return List.of();
    return matrix.get() ? List.of(implicitSize, implicitSize) : List.of(implicitSize);
  }

  // ---- walking -----------------------------------------------------------------------------------------------

  private void reach(List<Expr> roots, List<Expr> out) {
    var seen = new HashSet<Object>();
    var todo = new ArrayList<>(roots);
    while (!todo.isEmpty()) {
      Expr e = todo.remove(todo.size() - 1);
      out.add(e);
      visit(e, seen, todo);
    }
  }

  private void visit(Expr e, Set<Object> seen, List<Expr> todo) {
    if (e instanceof Var v) {
      namesInUse.add(v.name());
      for (String b : List.of(Names.bold(v.name()), Names.boldsymbol(v.name()))) {
        if (isValueDefined(b) && seen.add(b)) todo.add(valueOf(new Var(b)).get());
      }
      if (seen.add(v)) valueOf(v).ifPresent(todo::add);
      for (var d : entryDefs) {
        if (d.head().base() instanceof Var b && sameTensor(b.name(), v.name()) && seen.add(d)) {
          addEntryDefinition(d, todo);
        }
      }
    }
    if (e instanceof Indexed ix && Names.isNameLike(ix) && seen.add(ix)) valueOf(ix).ifPresent(todo::add);
    if (e instanceof Call c) {
      namesInUse.add(c.fn());
      String inner = c.fn().startsWith("J_{") && c.fn().endsWith("}")
          ? VectorFunctions.functionName(c.fn().substring(3, c.fn().length() - 1)) : c.fn();
      for (String part : inner.split("\\\\circ")) namesInUse.add(part.strip());
    }
    if (e instanceof Infix inf && inf.op() == Infix.Op.COMPOSE) {
      for (Expr side : List.of(inf.lhs(), inf.rhs())) if (side instanceof Var f) namesInUse.add(f.name());
    }
    if (e instanceof Call c && seen.add("fn:" + c.fn())) {
      defs.function(c.fn()).ifPresent(f -> {
        todo.add(f.body());
        parameters.put(f.body(), new HashSet<>(f.params()));
      });
    }
    if (e instanceof Infix inf && seen.add("op:" + inf.op())) {
      for (var d : entryDefs) {
        if (d.head().base() instanceof Infix h && h.op() == inf.op() && seen.add(d)) addEntryDefinition(d, todo);
      }
    }
    for (Expr c : e.children()) visit(c, seen, todo);
  }

  private void addEntryDefinition(Definitions.EntryDef d, List<Expr> todo) {
    var params = new HashSet<Var>();
    for (Expr i : d.head().indices()) if (i instanceof Var v) params.add(v);
    if (d.head().base() instanceof Infix h) {
      if (h.lhs() instanceof Var a) params.add(a);
      if (h.rhs() instanceof Var b) params.add(b);
    }
    todo.add(d.body());
    parameters.put(d.body(), params);
    todo.add(d.head());
    parameters.put(d.head(), params);
  }

  /** Whether the base of a subscript is a vector or matrix (so a whole-variable subscript is an index). */
  private boolean indexesTensor(Indexed ix) {
    if (!(ix.base() instanceof Var v)) return true;
    if (Names.isBold(v.name()) && Names.boldIsMatrix(v.name()).isEmpty()) return false;
    return tensorFor(v.name()).isPresent();
  }

  private void collectIndices(Expr e, Set<Var> bound, Set<Var> out) {
    if (e instanceof BigOp b) {
      if (b.lower() != null) collectIndices(b.lower(), bound, out);
      if (b.upper() != null) collectIndices(b.upper(), bound, out);
      var inner = new HashSet<>(bound);
      inner.add(b.index());
      collectIndices(b.body(), inner, out);
      return;
    }
    if (e instanceof derivcheck.expr.Optimize o && o.over() instanceof Var v) {
      var inner = new HashSet<>(bound); // \max_i x_i binds i
      inner.add(v);
      collectIndices(o.body(), inner, out);
      return;
    }
    if (e instanceof Indexed ix && indexesTensor(ix)) {
      for (Expr i : ix.indices()) if (i instanceof Var v && !bound.contains(v) && !isTensorName(v.name())) out.add(v);
    }
    if (e instanceof Call c && isOneHot(c.fn()) && c.args().size() == 1 && c.args().get(0) instanceof Var v
        && !bound.contains(v)) {
      out.add(v);
    }
    if (e instanceof Indicator ind) {
      // \mathbf{1}_{i=j}: the letters i, j, k, l there are indices (they need a range), not real numbers
      for (Expr t : ind.condition().children()) {
        if (t instanceof Var v && INDEX_LETTERS.contains(v.name()) && !bound.contains(v)) out.add(v);
      }
    }
    for (Expr c : e.children()) collectIndices(c, bound, out);
  }

  private static final Set<String> INDEX_LETTERS = Set.of("i", "j", "k", "l");

  static boolean isOneHot(String fn) {
    return fn.startsWith("\\operatorname{onehot}") || fn.startsWith("\\operatorname{one\\_hot}");
  }

  /** Size symbols: name-like leaves of bounds, compound subscripts and tuples with dots. */
  private void collectSizes(Expr e, Set<Var> bound, Set<Expr> out) {
    if (e instanceof BigOp b) {
      if (b.lower() != null) sizeLeaves(b.lower(), out, bound);
      if (b.upper() != null) sizeLeaves(b.upper(), out, bound);
      var inner = new HashSet<>(bound);
      inner.add(b.index());
      collectSizes(b.body(), inner, out);
      return;
    }
    if (e instanceof Indexed ix && !Names.isNameLike(ix)) {
      for (Expr i : ix.indices()) sizeLeaves(i, out, bound);
    } else if (e instanceof Indexed ix && indexesTensor(ix)) {
      for (Expr i : ix.indices()) if (!(i instanceof Var)) sizeLeaves(i, out, bound);
    }
    if (e instanceof Tuple t && t.items().stream().anyMatch(x -> x instanceof Dots)) {
      for (Expr item : t.items()) {
        if (item instanceof Indexed ix) for (Expr i : ix.indices()) sizeLeaves(i, out, bound);
      }
    }
    if (e instanceof Call c) {
      int sub = c.fn().indexOf("_{");
      if (sub > 0 && (isOneHot(c.fn()))) out.add(new Var(c.fn().substring(sub + 2, c.fn().length() - 1)));
    }
    if (e instanceof Indicator ind) {
      return; // its comparison names indices, not sizes
    }
    for (Expr c : e.children()) collectSizes(c, bound, out);
  }

  private void sizeLeaves(Expr e, Set<Expr> out) {
    sizeLeaves(e, out, Set.of());
  }

  private void sizeLeaves(Expr e, Set<Expr> out, Set<Var> bound) {
    if (e instanceof Var v) {
      if (!bound.contains(v) && !isTensorName(v.name()) && !freeIndices.contains(v)) out.add(v);
      return;
    }
    if (e instanceof Indexed ix && Names.isNameLike(ix) && !indexesTensor(ix)) {
      out.add(ix);
      return;
    }
    if (e instanceof Num) return;
    for (Expr c : e.children()) sizeLeaves(c, out, bound);
  }

  private static void nameLeaves(Expr e, Set<Expr> out) {
    if (e instanceof Var || (e instanceof Indexed ix && Names.isNameLike(ix))) {
      out.add(e);
      return;
    }
    for (Expr c : e.children()) nameLeaves(c, out);
  }

  // ---- index base --------------------------------------------------------------------------------------------

  private int indexBase(List<Expr> reached) throws NotSupported {
    boolean zero = false;
    boolean one = false;
    for (var r : decl.ranges.values()) {
      if (r.lo() instanceof Num n && n.isZero()) zero = true;
      if (r.lo() instanceof Num n && n.isOne()) one = true;
    }
    for (Expr e : reached) zero |= zeroEvidence(e);
    if (zero && one) throw new NotSupported("the claim mixes indices counted from 0 and from 1");
    return zero ? 0 : 1;
  }

  /**
   * A subscript of a vector or matrix with a shape (declared, bold, or a bold name's value); a family of scalars
   * defined by entries ({@code \tilde\omega_{k,0}}) has no shape, so its subscripts say nothing about the base.
   */
  private boolean indexesShapedTensor(Indexed ix) {
    if (!(ix.base() instanceof Var v)) return true;
    var t = tensorFor(v.name());
    if (t.isEmpty()) return false;
    return isTensorName(t.get()) || isValueDefined(t.get());
  }

  private boolean zeroEvidence(Expr e) {
    if (e instanceof Indexed ix && indexesShapedTensor(ix) && ix.indices().stream().anyMatch(ClaimScope::isZero)) {
      return true;
    }
    if (e instanceof Tuple t && !t.items().isEmpty() && t.items().get(0) instanceof Indexed ix
        && ix.indices().stream().anyMatch(ClaimScope::isZero) && t.items().stream().anyMatch(x -> x instanceof Dots)) {
      return true;
    }
    if (e instanceof BigOp b && isZero(b.lower()) && usesAsSubscript(b.body(), b.index())) return true;
    for (Expr c : e.children()) if (zeroEvidence(c)) return true;
    return false;
  }

  private boolean usesAsSubscript(Expr e, Var index) {
    if (e instanceof Indexed ix && indexesShapedTensor(ix) && ix.indices().contains(index)) return true;
    for (Expr c : e.children()) if (usesAsSubscript(c, index)) return true;
    return false;
  }

  private static boolean isZero(Expr e) {
    return e instanceof Num n && n.isZero();
  }
}
