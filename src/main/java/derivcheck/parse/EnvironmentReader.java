package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.Cases;
import derivcheck.expr.Expr;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Num;
import derivcheck.expr.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code \begin{pmatrix} ... \end{pmatrix}} and friends become a {@link MatrixLit} (a blank cell is 0, short rows are
 * padded with 0); {@code \begin{cases} v & \text{if } c \\ ... \end{cases}} becomes {@link Cases}.
 */
final class EnvironmentReader {
  static final Set<String> MATRICES = Set.of(
      "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array");
  static final Set<String> CASES = Set.of("cases", "dcases");

  private final TreeBuilder b;

  EnvironmentReader(TreeBuilder b) {
    this.b = b;
  }

  Expr read(EnvironmentContext e) {
    String name = Brackets.envName(e.BEGIN().getSymbol());
    List<EnvRowContext> rows = new ArrayList<>(e.envBody().envRow());
    if (rows.size() > 1 && isBlank(rows.get(rows.size() - 1))) rows.remove(rows.size() - 1); // after a final \\
    if (MATRICES.contains(name)) return matrix(name, rows);
    if (CASES.contains(name)) return cases(rows);
    throw ParseFailure.at(e, "environment '" + name + "' is not supported inside a formula");
  }

  private static boolean isBlank(EnvRowContext row) {
    return row.envCell().stream().allMatch(c -> c.relChain() == null);
  }

  private Expr matrix(String name, List<EnvRowContext> rows) {
    var cells = new ArrayList<List<Expr>>();
    int width = 0;
    for (EnvRowContext row : rows) {
      var out = new ArrayList<Expr>();
      for (EnvCellContext c : row.envCell()) out.add(c.relChain() == null ? Num.ZERO : b.relChain(c.relChain()));
      width = Math.max(width, out.size());
      cells.add(out);
    }
    for (List<Expr> row : cells) {
      while (row.size() < width) row.add(Num.ZERO);
    }
    return new MatrixLit(name, cells);
  }

  private Expr cases(List<EnvRowContext> rows) {
    var values = new ArrayList<Expr>();
    var conditions = new ArrayList<Expr>();
    for (EnvRowContext row : rows) {
      List<EnvCellContext> cells = row.envCell();
      if (cells.size() != 2 || cells.get(0).relChain() == null || cells.get(1).relChain() == null) {
        throw ParseFailure.at(row.getStart(), "each case needs a value and a condition separated by '&'");
      }
      values.add(b.relChain(cells.get(0).relChain()));
      conditions.add(condition(cells.get(1).relChain()));
    }
    return new Cases(values, conditions);
  }

  /** {@code x > 1}, {@code \text{if } x > 1}, or words such as {@code \text{otherwise}}. */
  private Expr condition(RelChainContext rc) {
    FactorContext first = TreeBuilder.firstFactor(rc);
    if (first != null && first.postfix().isEmpty() && first.primary() instanceof TextContext t) {
      String words = TokenPass.textContent(t.getText()).trim();
      List<FactorContext> all = TreeBuilder.simpleFactors(rc);
      if (all != null && all.size() == 1) return new Text(words);
      if (ChainSplitter.KEYWORDS.contains(words.toLowerCase(Locale.ROOT))) {
        b.ignored.add(first);
        return b.relChain(rc);
      }
      throw ParseFailure.at(first, "cannot read the condition starting with '" + t.getText() + "'");
    }
    return b.relChain(rc);
  }
}
