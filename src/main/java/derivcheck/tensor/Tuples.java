package derivcheck.tensor;

import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Num;
import derivcheck.expr.Placeholder;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists and matrices written out, with {@code \dots} filled in from its neighbours: in
 * {@code [0, y_1, \dots, y_{K-1}]} the entries between {@code y_1} and {@code y_{K-1}} are {@code y_2, ...,
 * y_{K-2}}. The two neighbours must differ only in integer parts that step together; when the last neighbour comes
 * before the first (K = 1 above), the list cannot be formed at this size.
 */
final class Tuples {
  private Tuples() {}

  static List<Expr> items(List<Expr> items, Env env, Expander x) throws TensorException {
    if (items.stream().noneMatch(i -> i instanceof Dots)) {
      boolean blocks = false;
      for (Expr item : items) blocks |= !x.expand(item, env).isScalar();
      if (blocks) return flattened(items, env, x);
    }
    var out = new ArrayList<Expr>();
    for (int k = 0; k < items.size(); k++) {
      Expr item = items.get(k);
      if (!(item instanceof Dots)) continue;
      if (k == 0 || k == items.size() - 1 || items.get(k - 1) instanceof Dots || items.get(k + 1) instanceof Dots) {
        throw new NotSupported("\\dots needs a written entry on each side");
      }
    }
    for (int k = 0; k < items.size(); k++) {
      Expr item = items.get(k);
      if (item instanceof Dots) {
        Expr a = items.get(k - 1);
        Expr b = items.get(k + 1);
        var holes = new ArrayList<long[]>();
        differences(a, b, holes, env, x);
        long steps = holes.isEmpty() ? 0 : holes.get(0)[1] - holes.get(0)[0];
        for (long[] h : holes) {
          if (h[1] - h[0] != steps) throw new NotSupported("the entries around \\dots do not step together");
        }
        if (holes.isEmpty() && !derivcheck.expr.Exprs.any(a, e -> e instanceof derivcheck.expr.Indexed)) {
          throw new NotSupported("the length of a list such as (0, 1, 0, \\dots, 0) cannot be read from it;"
              + " define its entries instead (e_k = \\mathbf{1}_{k = 1}) and declare its length");
        }
        if (steps < 0) throw new SizeDoesNotFit("a list with \\dots runs backwards at this size");
        if (steps == 0) {
          k++; // the entries on both sides of \dots are the same one
          continue;
        }
        for (long t = 1; t < steps; t++) out.add(scalar(fill(a, b, t, env, x), env, x));
        continue;
      }
      out.add(scalar(item, env, x));
    }
    return out;
  }

  /**
   * The entries of a list of vectors and matrices, one after the other (matrices row by row): the parameters
   * {@code \boldsymbol{\theta} = (\mathbf{W}^{(1)}, \mathbf{b}^{(1)}, ...)} as one vector.
   */
  static List<Expr> flattened(List<Expr> items, Env env, Expander x) throws TensorException {
    var out = new ArrayList<Expr>();
    for (Expr item : items) {
      if (item instanceof Dots) throw new NotSupported("\\dots in a list of vectors or matrices");
      Tensor t = x.expand(item, env);
      if (t.isFill()) throw new ShapeError("cannot tell the length of a vector of ones in a list");
      out.addAll(t.entries());
    }
    return out;
  }

  private static Expr scalar(Expr item, Env env, Expander x) throws TensorException {
    Tensor t = x.expand(item, env);
    if (!t.isScalar()) throw new NotSupported("a list of vectors or matrices (" + t.describe() + ")");
    return t.value();
  }

  /** Where a and b differ: pairs of integer values {value in a, value in b}. */
  private static void differences(Expr a, Expr b, List<long[]> out, Env env, Expander x) throws TensorException {
    if (a.equals(b)) return;
    if (sameShell(a, b)) {
      for (int k = 0; k < a.children().size(); k++) differences(a.children().get(k), b.children().get(k), out, env, x);
      return;
    }
    long va = x.integer(a, env, "an entry around \\dots");
    long vb = x.integer(b, env, "an entry around \\dots");
    out.add(new long[] {va, vb});
  }

  /** a with every difference from b replaced by its value in a plus t. */
  private static Expr fill(Expr a, Expr b, long t, Env env, Expander x) throws TensorException {
    if (a.equals(b)) return a;
    if (sameShell(a, b)) {
      var kids = new ArrayList<Expr>();
      for (int k = 0; k < a.children().size(); k++) kids.add(fill(a.children().get(k), b.children().get(k), t, env, x));
      int[] next = {0};
      return Exprs.mapChildren(a, c -> kids.get(next[0]++));
    }
    return Num.of(x.integer(a, env, "an entry around \\dots") + t);
  }

  private static boolean sameShell(Expr a, Expr b) {
    if (a.getClass() != b.getClass() || a.children().size() != b.children().size() || a.children().isEmpty()) {
      return false;
    }
    Expr hole = new Placeholder();
    return Exprs.mapChildren(a, c -> hole).equals(Exprs.mapChildren(b, c -> hole));
  }

  static Tensor matrix(MatrixLit m, Env env, Expander x) throws TensorException {
    for (var row : m.rows()) {
      for (Expr cell : row) if (cell instanceof Dots) throw new NotSupported("a matrix written with \\dots");
    }
    int rows = m.rows().size();
    int cols = m.width();
    var out = new ArrayList<Expr>();
    for (var row : m.rows()) for (Expr cell : row) out.add(scalar(cell, env, x));
    if (cols == 1) return Tensor.column(out, null);
    if (rows == 1) return Tensor.row(out, null);
    return Tensor.matrix(rows, cols, out, null, null);
  }
}
