package derivcheck.lib;

import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;

/** {@link Exprs#mapChildren} for rewrites that may fail with a {@link LoweringException}. */
final class CheckedMap {
  interface Fn {
    Expr apply(Expr e) throws LoweringException;
  }

  private static final class Tunnel extends RuntimeException {
    Tunnel(LoweringException cause) {
      super(cause);
    }
  }

  private CheckedMap() {}

  static Expr children(Expr e, Fn f) throws LoweringException {
    try {
      return Exprs.mapChildren(e, c -> {
        try {
          return f.apply(c);
        } catch (LoweringException ex) {
          throw new Tunnel(ex);
        }
      });
    } catch (Tunnel t) {
      throw (LoweringException) t.getCause();
    }
  }
}
