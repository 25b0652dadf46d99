package derivcheck.tensor;

import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The range of an index that has no written bounds: the length of what it subscripts. In
 * {@code \sum_j e^{\mathbf{x}_j}} j runs over the entries of {@code \mathbf{x}}; in {@code S(\mathbf{x})_i} the free
 * index i runs over the entries of {@code S(\mathbf{x})}. When it subscripts several things, the shortest counts.
 */
final class IndexRanges {
  private IndexRanges() {}

  static OptionalLong lengthFromUse(Expr body, Var index, Env env, Expander x) throws TensorException {
    var uses = new ArrayList<Use>();
    collect(body, index, uses, x.scope);
    long best = Long.MAX_VALUE;
    SizeDoesNotFit unfit = null;
    for (Use u : uses) {
      if (u.oneHotLength != null) {
        best = Math.min(best, x.integer(u.oneHotLength, env, "the length of the one-hot vector"));
        continue;
      }
      if (Exprs.any(u.base, e -> e.equals(index))) continue; // the subscripted thing depends on the index itself
      Tensor t;
      try {
        t = x.expand(u.base, env);
      } catch (SizeDoesNotFit e) {
        unfit = e;
        continue;
      } catch (NotSupported unusable) {
        continue;
      }
      long len;
      if (t.isScalar() || t.isFill()) {
        continue;
      } else if (t.isVector()) {
        len = t.length();
      } else {
        len = u.axis == 0 ? t.rows() : t.cols();
      }
      best = Math.min(best, len);
    }
    if (best == Long.MAX_VALUE && unfit != null) throw unfit; // what it subscripts cannot be formed at this size
    return best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(best);
  }

  private record Use(Expr base, int axis, Expr oneHotLength) {}

  private static void collect(Expr e, Var index, List<Use> out, ClaimScope scope) {
    if (e instanceof BigOp b && b.index().equals(index)) return; // an inner sum rebinds it
    if (e instanceof Indexed ix && !Names.isNameLike(ix) || e instanceof Indexed ix2 && isTensorBase(ix2, scope)) {
      Indexed ix = (Indexed) e;
      for (int k = 0; k < ix.indices().size(); k++) {
        if (ix.indices().get(k).equals(index)) {
          Expr base = ix.base();
          if (base instanceof Var v) base = new Var(scope.tensorFor(v.name()).orElse(v.name()));
          out.add(new Use(base, k, null));
        }
      }
    }
    if (e instanceof Call c && ClaimScope.isOneHot(c.fn()) && c.args().size() == 1 && c.args().get(0).equals(index)) {
      int sub = c.fn().indexOf("_{");
      if (sub > 0) out.add(new Use(c, 0, new Var(c.fn().substring(sub + 2, c.fn().length() - 1))));
    }
    for (Expr c : e.children()) collect(c, index, out, scope);
  }

  private static boolean isTensorBase(Indexed ix, ClaimScope scope) {
    return ix.base() instanceof Var v && scope.tensorFor(v.name()).isPresent();
  }
}
