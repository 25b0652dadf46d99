package derivcheck.index;

import derivcheck.expr.Expr;
import java.util.List;
import java.util.Map;

/**
 * A claim written entry-wise with symbolic sizes, for the index algebra: {@code lhs = rhs} for every value of the
 * free indices in their ranges and every size at least its least value. The sides are scalar trees in index
 * notation: entries {@code \mathbf{x}_{e}} of vectors and matrices (their ranges in {@code entryRanges}), sums with
 * symbolic bounds, indicators {@code \mathbf{1}_{a = b}}, {@code \bmod}, derivatives with respect to an entry,
 * exponentials and other scalar functions. Sizes, free indices and the indices of sums are integers.
 *
 * @param sizes each size symbol with its least value (at least 1)
 * @param free each free index with its range, lo and hi as trees in the sizes
 * @param entryRanges each vector or matrix, the range of each of its subscripts
 */
public record IndexClaim(Expr lhs, Expr rhs, Map<String, Long> sizes, Map<String, Range> free,
    Map<String, List<Range>> entryRanges) {
  public record Range(Expr lo, Expr hi) {}

  public IndexClaim {
    sizes = Map.copyOf(sizes);
    free = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(free));
    entryRanges = Map.copyOf(entryRanges);
  }
}
