package derivcheck.parse;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import java.util.ArrayDeque;

/**
 * Bounds the depth of a finished tree, so that later recursive passes (printer, CAS, evaluators) never meet a tree
 * deep enough to overflow their stack. Brackets are bounded earlier; this catches long prefix chains such as
 * {@code \ln \ln \ln ... x}. Counted without recursion.
 */
final class DepthLimit {
  static final int MAX_DEPTH = 200;

  private DepthLimit() {}

  private record Item(Expr e, int depth) {}

  static void check(Expr root) {
    var todo = new ArrayDeque<Item>();
    todo.push(new Item(root, 1));
    while (!todo.isEmpty()) {
      Item it = todo.pop();
      if (it.depth() > MAX_DEPTH) throw new ParseFailure(1, 1, "expression nested too deeply");
      for (Expr c : it.e().children()) todo.push(new Item(c, it.depth() + 1));
    }
  }

  static void check(Chain c) {
    c.terms().forEach(DepthLimit::check);
    c.conditions().forEach(DepthLimit::check);
  }
}
