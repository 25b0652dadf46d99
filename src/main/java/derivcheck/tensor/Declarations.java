package derivcheck.tensor;

import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Infix;
import derivcheck.expr.Mul;
import derivcheck.expr.Pow;
import derivcheck.expr.SetLit;
import derivcheck.expr.Var;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What declarations say: shapes ({@code \mathbf{x} \in \mathbb{R}^n}, {@code \mathbf{W} \in \mathbb{R}^{m \times n}},
 * {@code c \in \mathbb{R}}), function signatures ({@code f : \mathbb{R}^\ell \to \mathbb{R}^m}) and index ranges
 * ({@code y \in \{1, \dots, m\}}). {@code \mathbb{R}^{a b}} and {@code \mathbb{R}^{a \times b}} both read as a
 * matrix; write {@code \mathbb{R}^{(2n)}} for a vector of length 2n.
 */
final class Declarations {
  /** A function's argument and value dimensions: [] for a scalar, [n] for a vector. */
  record Signature(List<Expr> in, List<Expr> out) {}

  /** An index range {@code lo..hi}, as written. */
  record Range(Expr lo, Expr hi) {}

  final Map<String, List<Expr>> shapes = new LinkedHashMap<>();
  final Map<String, Signature> signatures = new LinkedHashMap<>();
  final Map<Var, Range> ranges = new LinkedHashMap<>();

  /** Reads one statement; false if it is not a declaration this class understands. */
  boolean read(Expr statement) {
    if (!(statement instanceof Infix inf)) return false;
    if (inf.op() == Infix.Op.IN && inf.lhs() instanceof Var v) {
      var dims = space(inf.rhs());
      if (dims != null) {
        shapes.put(v.name(), dims);
        return true;
      }
      if (inf.rhs() instanceof SetLit set && set.items().size() == 3 && set.items().get(1) instanceof Dots) {
        ranges.put(v, new Range(set.items().get(0), set.items().get(2)));
        return true;
      }
      return false;
    }
    if (inf.op() == Infix.Op.COLON && inf.lhs() instanceof Var f && inf.rhs() instanceof Infix map
        && map.op() == Infix.Op.TO) {
      var in = space(map.lhs());
      var out = space(map.rhs());
      if (in == null || out == null) return false;
      signatures.put(f.name(), new Signature(in, out));
      return true;
    }
    return false;
  }

  /** The dimensions of {@code \mathbb{R}}, {@code \mathbb{R}^n}, {@code \mathbb{R}^{m \times n}}; null otherwise. */
  static List<Expr> space(Expr e) {
    if (isReals(e)) return List.of();
    if (e instanceof Pow p && isReals(p.base())) {
      if (p.exp() instanceof Mul m && m.factors().size() == 2) return List.of(m.factors().get(0), m.factors().get(1));
      return List.of(p.exp());
    }
    return null;
  }

  private static boolean isReals(Expr e) {
    return e instanceof Var v && (v.name().equals("\\mathbb{R}") || v.name().equals("\\R"));
  }
}
