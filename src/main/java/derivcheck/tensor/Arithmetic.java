package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.lib.Build;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Sums, products and elementwise operations on expanded values. A scalar combines with anything entry by entry
 * ({@code \mathbf{x} + c} adds c to every entry); otherwise shapes must agree, and a mismatch is a
 * {@link ShapeError} in words. Juxtaposition is the matrix product: a column times a row is the outer product, a
 * row times a column the dot product.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Tensor map(Tensor t, UnaryOperator<Expr> f) {
    var out = new ArrayList<Expr>();
    for (Expr e : t.entries()) out.add(f.apply(e));
    return t.withEntries(out);
  }

  static Tensor neg(Tensor t) {
    return map(t, Build::neg);
  }

  /** Entry by entry, with scalars and vectors of ones taking the other operand's shape. */
  static Tensor elementwise(Tensor a, Tensor b, BinaryOperator<Expr> op, String verb) throws ShapeError {
    if (a.isFill() && b.isFill()) return Tensor.fill(op.apply(a.fillValue(), b.fillValue()));
    if (a.isFill() && b.isScalar()) return Tensor.fill(op.apply(a.fillValue(), b.value()));
    if (b.isFill() && a.isScalar()) return Tensor.fill(op.apply(a.value(), b.fillValue()));
    if (a.isFill()) a = a.sizedLike(b);
    if (b.isFill()) b = b.sizedLike(a);
    if (a.isScalar() && !b.isScalar()) {
      Expr s = a.value();
      return map(b, x -> op.apply(s, x));
    }
    if (b.isScalar() && !a.isScalar()) {
      Expr s = b.value();
      return map(a, x -> op.apply(x, s));
    }
    if (a.kind() != b.kind() || a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new ShapeError("cannot " + verb + " " + b.describe() + (verb.equals("add") ? " to " : " and ")
          + a.describe());
    }
    var out = new ArrayList<Expr>();
    for (int k = 0; k < a.entries().size(); k++) out.add(op.apply(a.entries().get(k), b.entries().get(k)));
    return a.withEntries(out);
  }

  static Tensor add(Tensor a, Tensor b) throws ShapeError {
    return elementwise(a, b, Build::add, "add");
  }

  static Tensor hadamard(Tensor a, Tensor b) throws ShapeError {
    return elementwise(a, b, Build::mul, "multiply entry by entry");
  }

  /** The product of juxtaposition: scaling, matrix-vector, matrix-matrix, outer and dot products. */
  static Tensor product(Tensor a, Tensor b) throws ShapeError {
    if (a.isScalar() || b.isScalar()) {
      if (a.isScalar() && b.isScalar()) return Tensor.scalar(Build.mul(a.value(), b.value()));
      Tensor s = a.isScalar() ? a : b;
      Tensor t = a.isScalar() ? b : a;
      Expr v = s.value();
      boolean left = a.isScalar();
      if (t.isFill()) return Tensor.fill(Build.mul(v, t.fillValue()));
      return map(t, x -> left ? Build.mul(v, x) : Build.mul(x, v));
    }
    if (a.isFill()) {
      if (a.kind() == Tensor.Kind.ROW && !b.isFill()) a = a.sized(b.rows(), b.rowsName());
      else throw new ShapeError("cannot tell the length of the vector of ones in a product with " + b.describe());
    }
    if (b.isFill()) {
      if (b.kind() == Tensor.Kind.COLUMN) b = b.sized(a.cols(), a.colsName());
      else throw new ShapeError("cannot tell the length of the row of ones in a product with " + a.describe());
    }
    if (a.cols() != b.rows()) {
      String hint = a.kind() == Tensor.Kind.COLUMN && b.kind() == Tensor.Kind.COLUMN
          ? " (for the dot product write a^\\top b, for the product entry by entry a \\odot b)" : "";
      throw new ShapeError("cannot multiply " + a.describe() + " by " + b.describe() + hint);
    }
    int n = a.rows();
    int m = b.cols();
    int inner = a.cols();
    var out = new ArrayList<Expr>();
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < m; c++) {
        var terms = new ArrayList<Expr>();
        for (int k = 0; k < inner; k++) terms.add(Build.mul(a.at(r, k), b.at(k, c)));
        out.add(Build.add(terms.toArray(Expr[]::new)));
      }
    }
    if (a.kind() == Tensor.Kind.ROW && b.kind() == Tensor.Kind.COLUMN) return Tensor.scalar(out.get(0));
    if (a.kind() == Tensor.Kind.ROW) return Tensor.row(out, b.colsName());
    if (b.kind() == Tensor.Kind.COLUMN) return Tensor.column(out, a.rowsName());
    return Tensor.matrix(n, m, out, a.rowsName(), b.colsName());
  }

  /** The sum of all entries. */
  static Expr sumOf(List<Expr> entries) {
    return Build.add(entries.toArray(Expr[]::new));
  }
}
