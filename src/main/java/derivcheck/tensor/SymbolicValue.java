package derivcheck.tensor;

import derivcheck.expr.Expr;

/**
 * A value of the symbolic writer ({@link SymbolicEntries}): a scalar tree, or a vector or matrix of symbolic size
 * given by a rule for its entry at symbolic indices. A column ignores the column index, a row the row index.
 */
final class SymbolicValue {
  enum Kind { SCALAR, COLUMN, ROW, MATRIX }

  /** The entry at (row, column), both index trees. */
  interface Entries {
    Expr at(Expr row, Expr col) throws TensorException;
  }

  final Kind kind;
  final Expr rows;
  final Expr cols;
  final Expr scalar;
  private final Entries entries;

  private SymbolicValue(Kind kind, Expr rows, Expr cols, Expr scalar, Entries entries) {
    this.kind = kind;
    this.rows = rows;
    this.cols = cols;
    this.scalar = scalar;
    this.entries = entries;
  }

  static SymbolicValue scalar(Expr e) {
    return new SymbolicValue(Kind.SCALAR, null, null, e, null);
  }

  static SymbolicValue column(Expr length, Entries e) {
    return new SymbolicValue(Kind.COLUMN, length, derivcheck.expr.Num.ONE, null, e);
  }

  static SymbolicValue row(Expr length, Entries e) {
    return new SymbolicValue(Kind.ROW, derivcheck.expr.Num.ONE, length, null, e);
  }

  static SymbolicValue matrix(Expr rows, Expr cols, Entries e) {
    return new SymbolicValue(Kind.MATRIX, rows, cols, null, e);
  }

  boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  boolean isVector() {
    return kind == Kind.COLUMN || kind == Kind.ROW;
  }

  /** The length of a vector. */
  Expr length() {
    return kind == Kind.COLUMN ? rows : cols;
  }

  Expr at(Expr row, Expr col) throws TensorException {
    return entries.at(row, col);
  }

  /** The entry of a vector at one index. */
  Expr at(Expr index) throws TensorException {
    return kind == Kind.COLUMN ? entries.at(index, null) : entries.at(null, index);
  }

  SymbolicValue transpose() {
    if (isScalar()) return this;
    return new SymbolicValue(kind == Kind.COLUMN ? Kind.ROW : kind == Kind.ROW ? Kind.COLUMN : Kind.MATRIX, cols, rows,
        null, (r, c) -> entries.at(c, r));
  }

  /** The same shape with each entry mapped. */
  SymbolicValue map(java.util.function.UnaryOperator<Expr> f) {
    if (isScalar()) return scalar(f.apply(scalar));
    return new SymbolicValue(kind, rows, cols, null, (r, c) -> f.apply(entries.at(r, c)));
  }

  /** Entry by entry with another value of the same shape. */
  SymbolicValue zip(SymbolicValue o, java.util.function.BinaryOperator<Expr> f) throws TensorException {
    if (isScalar() && o.isScalar()) return scalar(f.apply(scalar, o.scalar));
    if (isScalar()) return o.map(x -> f.apply(scalar, x));
    if (o.isScalar()) return map(x -> f.apply(x, o.scalar));
    if (kind != o.kind || !rows.equals(o.rows) || !cols.equals(o.cols)) {
      throw new NotSupported("shapes the symbolic writer cannot match");
    }
    return new SymbolicValue(kind, rows, cols, null, (r, c) -> f.apply(entries.at(r, c), o.entries.at(r, c)));
  }
}
