package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of the expander at concrete sizes: a scalar, a column vector, a row vector (a transposed column) or a
 * matrix, whose entries are scalar trees over scalar unknowns such as {@code \mathbf{x}_{2}}. Entries are stored row
 * by row. {@code rowsName}/{@code colsName} are the sizes as the author wrote them ({@code n}, {@code d_h}), for
 * messages; null when only the number is known.
 *
 * <p>A <em>fill</em> is a vector of equal entries whose length comes from where it is used ({@code \mathbf{1}},
 * {@code \mathbf{0}}); it takes its size from the other operand of a sum or product.
 */
public final class Tensor {
  public enum Kind { SCALAR, COLUMN, ROW, MATRIX }

  private final Kind kind;
  private final int rows;
  private final int cols;
  private final List<Expr> entries;
  private final Expr rowsName;
  private final Expr colsName;
  private final boolean fill;

  private Tensor(Kind kind, int rows, int cols, List<Expr> entries, Expr rowsName, Expr colsName, boolean fill) {
    this.kind = kind;
    this.rows = rows;
    this.cols = cols;
    this.entries = List.copyOf(entries);
    this.rowsName = rowsName;
    this.colsName = colsName;
    this.fill = fill;
    if (!fill && entries.size() != rows * cols) throw new IllegalArgumentException("entry count does not match shape");
  }

  public static Tensor scalar(Expr e) {
    return new Tensor(Kind.SCALAR, 1, 1, List.of(e), null, null, false);
  }

  public static Tensor column(List<Expr> entries, Expr lengthName) {
    return new Tensor(Kind.COLUMN, entries.size(), 1, entries, lengthName, null, false);
  }

  public static Tensor row(List<Expr> entries, Expr lengthName) {
    return new Tensor(Kind.ROW, 1, entries.size(), entries, null, lengthName, false);
  }

  public static Tensor matrix(int rows, int cols, List<Expr> entries, Expr rowsName, Expr colsName) {
    return new Tensor(Kind.MATRIX, rows, cols, entries, rowsName, colsName, false);
  }

  /** A column of equal entries whose length is not known yet. */
  public static Tensor fill(Expr value) {
    return new Tensor(Kind.COLUMN, -1, 1, List.of(value), null, null, true);
  }

  public Kind kind() {
    return kind;
  }

  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  public boolean isVector() {
    return kind == Kind.COLUMN || kind == Kind.ROW;
  }

  public boolean isFill() {
    return fill;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Number of entries of a vector (its length). */
  public int length() {
    return kind == Kind.ROW ? cols : rows;
  }

  public Expr lengthName() {
    return kind == Kind.ROW ? colsName : rowsName;
  }

  public Expr rowsName() {
    return rowsName;
  }

  public Expr colsName() {
    return colsName;
  }

  public List<Expr> entries() {
    return entries;
  }

  /** The only entry of a scalar. */
  public Expr value() {
    if (kind != Kind.SCALAR) throw new IllegalStateException("not a scalar");
    return entries.get(0);
  }

  /** The fill value of a fill. */
  public Expr fillValue() {
    if (!fill) throw new IllegalStateException("not a fill");
    return entries.get(0);
  }

  /** Entry at 0-based position {@code (r, c)}. */
  public Expr at(int r, int c) {
    if (fill) return entries.get(0);
    return entries.get(r * cols + c);
  }

  /** Entry {@code k} (0-based) of a vector. */
  public Expr at(int k) {
    if (fill) return entries.get(0);
    return entries.get(k);
  }

  /** A fill given the shape of {@code like}: {@code \mathbf{1}} next to a vector of length 3 is (1, 1, 1). */
  public Tensor sizedLike(Tensor like) {
    if (!fill) return this;
    var out = new ArrayList<Expr>();
    for (int k = 0; k < like.entries.size(); k++) out.add(entries.get(0));
    if (like.kind == Kind.ROW && kind == Kind.COLUMN) return row(out, like.colsName);
    if (like.kind == Kind.MATRIX) return matrix(like.rows, like.cols, out, like.rowsName, like.colsName);
    if (like.kind == Kind.SCALAR) return scalar(entries.get(0));
    return kind == Kind.ROW ? row(out, like.lengthName()) : column(out, like.lengthName());
  }

  /** A fill of a given length, in its own orientation. */
  public Tensor sized(int length, Expr name) {
    if (!fill) return this;
    var out = new ArrayList<Expr>();
    for (int k = 0; k < length; k++) out.add(entries.get(0));
    return kind == Kind.ROW ? row(out, name) : column(out, name);
  }

  /** The same shape with new entries. */
  public Tensor withEntries(List<Expr> newEntries) {
    return new Tensor(kind, rows, cols, newEntries, rowsName, colsName, fill);
  }

  public Tensor transpose() {
    if (kind == Kind.SCALAR) return this;
    if (fill) return new Tensor(kind == Kind.ROW ? Kind.COLUMN : Kind.ROW, -1, 1, entries, null, null, true);
    if (kind == Kind.COLUMN) return row(entries, rowsName);
    if (kind == Kind.ROW) return column(entries, colsName);
    var out = new ArrayList<Expr>();
    for (int c = 0; c < cols; c++) for (int r = 0; r < rows; r++) out.add(at(r, c));
    return matrix(cols, rows, out, colsName, rowsName);
  }

  /** "a scalar", "a vector of length n", "a row vector of length 3", "an m x n matrix": for messages. */
  public String describe() {
    if (kind == Kind.SCALAR) return "a scalar";
    if (fill) return kind == Kind.ROW ? "a row of ones" : "a vector of ones";
    if (kind == Kind.COLUMN) return "a vector of length " + size(rowsName, rows);
    if (kind == Kind.ROW) return "a row vector of length " + size(colsName, cols);
    String r = size(rowsName, rows);
    String c = size(colsName, cols);
    String dims = r.matches("[0-9]+") && c.matches("[0-9]+") ? r + "x" + c : r + " x " + c;
    return SizeNames.article(dims) + " " + dims + " matrix";
  }

  static String size(Expr name, int value) {
    if (name == null || name instanceof Num) return Integer.toString(value);
    return SizeNames.print(name);
  }

  @Override
  public String toString() {
    return describe() + " " + entries;
  }
}
