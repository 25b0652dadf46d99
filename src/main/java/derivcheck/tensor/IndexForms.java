package derivcheck.tensor;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.index.IndexClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vector, matrix or index claim written entry-wise with symbolic sizes ({@link IndexClaim}), for the index
 * algebra. Only claims whose meaning it can write exactly as the sized expansion does: sizes that are plain
 * symbols with conditions {@code n \geq c} at most, no side conditions, no random stand-ins, free indices with a
 * declared range or one fixed by their use. Everything else is {@link NotSupported}.
 */
final class IndexForms {
  private final ClaimScope scope;
  private final SymbolicEntries writer;
  /** Sizes written with a subscript ({@code d_h}), as plain names for the algebra. */
  private final Map<Expr, Expr> named = new LinkedHashMap<>();

  IndexForms(ClaimScope scope) {
    this.scope = scope;
    this.writer = new SymbolicEntries(scope);
  }

  IndexClaim claim(Expr lhs, Expr rhs) throws TensorException {
    if (RandomFunctions.used(scope)) throw new NotSupported("random stand-ins");
    if (!scope.scalarConditions.isEmpty()) throw new NotSupported("side conditions");
    var sizes = new LinkedHashMap<String, Long>();
    for (Expr s : scope.sizeSymbols) {
      if (scope.whereValues.containsKey(s)) throw new NotSupported("a size given a value");
      if (s instanceof Var v) {
        sizes.put(v.name(), 1L);
      } else if (s instanceof derivcheck.expr.Indexed) {
        String name = SizeNames.print(s);
        named.put(s, new Var(name));
        sizes.put(name, 1L);
      } else {
        throw new NotSupported("a size that is not a name");
      }
    }
    if (sizes.isEmpty()) throw new NotSupported("no symbolic size");
    for (Chain c : scope.sizeConditions) least(c, sizes);

    var free = new LinkedHashMap<String, IndexClaim.Range>();
    for (Var i : scope.freeIndices) {
      if (sizes.containsKey(i.name()) || scope.whereValues.containsKey(i)) continue;
      free.put(i.name(), range(i, lhs, rhs));
    }
    SymbolicValue l = writer.value(lhs, SymbolicEntries.SEnv.empty());
    SymbolicValue r = writer.value(rhs, SymbolicEntries.SEnv.empty());
    Expr left;
    Expr right;
    if (l.isScalar() && r.isScalar()) {
      left = l.scalar;
      right = r.scalar;
    } else {
      if (l.kind != r.kind || !l.rows.equals(r.rows) || !l.cols.equals(r.cols)) {
        throw new NotSupported("shapes the symbolic writer cannot match");
      }
      Var row = new Var(l.kind == SymbolicValue.Kind.MATRIX ? "row" : "entry");
      Var col = new Var("column");
      for (Var v : List.of(row, col)) {
        if (free.containsKey(v.name()) || sizes.containsKey(v.name())) throw new NotSupported("a clash of names");
      }
      if (l.kind == SymbolicValue.Kind.MATRIX) {
        free.put(row.name(), new IndexClaim.Range(writer.base(), writer.last(l.rows)));
        free.put(col.name(), new IndexClaim.Range(writer.base(), writer.last(l.cols)));
        left = l.at(row, col);
        right = r.at(row, col);
      } else {
        free.put(row.name(), new IndexClaim.Range(writer.base(), writer.last(l.length())));
        left = l.at(row);
        right = r.at(row);
      }
    }
    var entries = new LinkedHashMap<String, List<IndexClaim.Range>>();
    var names = new java.util.LinkedHashSet<>(scope.tensorNames);
    names.addAll(scope.decl.shapes.keySet());
    for (String name : names) {
      if (scope.hasEntryDefinition(name)) continue;
      var ranges = new ArrayList<IndexClaim.Range>();
      for (Expr d : scope.dims(name)) ranges.add(new IndexClaim.Range(writer.base(), writer.last(d)));
      if (!ranges.isEmpty()) entries.put(name, ranges);
    }
    var freeNamed = new LinkedHashMap<String, IndexClaim.Range>();
    free.forEach((k, g) -> freeNamed.put(k, new IndexClaim.Range(named(g.lo()), named(g.hi()))));
    var entriesNamed = new LinkedHashMap<String, List<IndexClaim.Range>>();
    entries.forEach((k, rs) -> {
      var out = new ArrayList<IndexClaim.Range>();
      for (var g : rs) out.add(new IndexClaim.Range(named(g.lo()), named(g.hi())));
      entriesNamed.put(k, out);
    });
    return new IndexClaim(named(left), named(right), sizes, freeNamed, entriesNamed);
  }

  private Expr named(Expr e) {
    return named.isEmpty() ? e : derivcheck.lib.Substitution.apply(e, named);
  }

  /** {@code n \geq 2}, {@code n > 1}, {@code 2 \leq n}: the least value of a size. */
  private static void least(Chain c, Map<String, Long> sizes) throws NotSupported {
    if (c.terms().size() != 2) throw new NotSupported("a size condition with several relations");
    Expr a = c.terms().get(0);
    Expr b = c.terms().get(1);
    Relation r = c.relations().get(0);
    if (a instanceof Num && b instanceof Var) {
      Expr t = a;
      a = b;
      b = t;
      r = r == Relation.LE ? Relation.GE : r == Relation.LT ? Relation.GT : r;
    }
    var k = IntEval.of(b);
    if (!(a instanceof Var v) || !sizes.containsKey(v.name()) || k.isEmpty()
        || (r != Relation.GE && r != Relation.GT)) {
      throw new NotSupported("a size condition other than n \\geq c");
    }
    long least = k.getAsLong() + (r == Relation.GT ? 1 : 0);
    sizes.put(v.name(), Math.max(sizes.get(v.name()), least));
  }

  /** The declared range of a free index, or the one its uses as a whole subscript agree on. */
  private IndexClaim.Range range(Var i, Expr lhs, Expr rhs) throws TensorException {
    var declared = scope.decl.ranges.get(i);
    if (declared != null) return new IndexClaim.Range(declared.lo(), declared.hi());
    // both sides at once: every use must give the same length (the expander takes the shortest)
    Expr length = writer.lengthFromUse(derivcheck.expr.Add.of(lhs, rhs), i, SymbolicEntries.SEnv.empty());
    return new IndexClaim.Range(writer.base(), writer.last(length));
  }
}
