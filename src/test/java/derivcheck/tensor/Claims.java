package derivcheck.tensor;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;

/** Parsing helpers for the tensor tests. */
final class Claims {
  private Claims() {}

  static Chain chain(String latex) {
    try {
      return new LatexParser(ParseOptions.defaults()).parseChain(latex);
    } catch (ParseError e) {
      throw new AssertionError("cannot parse " + latex + ": " + e.getMessage());
    }
  }

  static Expr expr(String latex) {
    return chain(latex).terms().get(0);
  }

  static Plan plan(String latex) {
    return plan(latex, Definitions.builtinsOnly());
  }

  static Plan plan(String latex, Definitions defs) {
    Chain c = chain(latex);
    return TensorClaims.plan(c.terms().get(0), c.relations().get(0), c.terms().get(1), c.conditions(), defs,
        TensorClaims.Limits.defaults());
  }

  static Plan.Cases cases(String latex) {
    return cases(latex, Definitions.builtinsOnly());
  }

  static Plan.Cases cases(String latex, Definitions defs) {
    Plan p = plan(latex, defs);
    if (p instanceof Plan.Cases c) return c;
    throw new AssertionError("expected components for " + latex + ", got " + p);
  }

  /** Expands one expression at the given size of the implicit n, in the scope of a claim {@code e = e}. */
  static Tensor expand(String latex, int n) throws TensorException {
    Expr e = expr(latex);
    var scope = ClaimScope.of(e, e, java.util.List.of(), Definitions.builtinsOnly());
    var sizes = new java.util.HashMap<Expr, Integer>();
    for (Expr s : scope.sizeSymbols) sizes.put(s, n);
    return new Expander(scope).expand(e, new Env(sizes, 1));
  }
}
