package derivcheck.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Small helpers over the tree: validation, traversal and rebuilding. */
public final class Exprs {
  private Exprs() {}

  static void requireNonNull(Expr e) {
    if (e == null) throw new IllegalArgumentException("null subexpression");
  }

  static List<Expr> atLeastTwo(List<Expr> items, String what) {
    var copy = List.copyOf(items);
    if (copy.size() < 2) throw new IllegalArgumentException("a " + what + " needs at least two operands");
    return copy;
  }

  /** A sum, or the single term itself, or 0 for no terms. */
  public static Expr sum(List<Expr> terms) {
    return switch (terms.size()) {
      case 0 -> Num.ZERO;
      case 1 -> terms.get(0);
      default -> new Add(terms);
    };
  }

  /** A product, or the single factor itself, or 1 for no factors. */
  public static Expr product(List<Expr> factors) {
    return switch (factors.size()) {
      case 0 -> Num.ONE;
      case 1 -> factors.get(0);
      default -> new Mul(factors);
    };
  }

  /** Rebuilds {@code e} with each direct child replaced by {@code f(child)}. */
  public static Expr mapChildren(Expr e, Function<Expr, Expr> f) {
    if (e instanceof Num || e instanceof Const || e instanceof Var) return e;
    if (e instanceof Neg n) return new Neg(f.apply(n.arg()));
    if (e instanceof Add a) return new Add(a.terms().stream().map(f).toList());
    if (e instanceof Mul m) return new Mul(m.factors().stream().map(f).toList());
    if (e instanceof Div d) return new Div(f.apply(d.num()), f.apply(d.den()));
    if (e instanceof Pow p) return new Pow(f.apply(p.base()), f.apply(p.exp()));
    if (e instanceof Call c) return new Call(c.fn(), c.primes(), c.args().stream().map(f).toList());
    if (e instanceof Deriv d) return new Deriv(f.apply(d.body()), d.var(), d.order(), d.partial());
    if (e instanceof Abs a) return new Abs(f.apply(a.arg()));
    if (e instanceof Indexed i) {
      return new Indexed(f.apply(i.base()), i.indices().stream().map(f).toList());
    }
    if (e instanceof BigOp b) {
      return new BigOp(b.kind(), b.index(),
          b.lower() == null ? null : f.apply(b.lower()),
          b.upper() == null ? null : f.apply(b.upper()),
          f.apply(b.body()));
    }
    return mapNotation(e, f);
  }

  /** {@link #mapChildren} for the notation records beyond arithmetic. */
  private static Expr mapNotation(Expr e, Function<Expr, Expr> f) {
    if (e instanceof Dots || e instanceof Placeholder || e instanceof Text) return e;
    if (e instanceof Transpose t) return new Transpose(f.apply(t.arg()));
    if (e instanceof Tuple t) return new Tuple(t.bracket(), t.items().stream().map(f).toList());
    if (e instanceof SetLit s) return new SetLit(s.items().stream().map(f).toList());
    if (e instanceof MatrixLit m) {
      return new MatrixLit(m.env(), m.rows().stream().map(r -> r.stream().map(f).toList()).toList());
    }
    if (e instanceof Cases c) {
      return new Cases(c.values().stream().map(f).toList(), c.conditions().stream().map(f).toList());
    }
    if (e instanceof Norm n) return new Norm(f.apply(n.arg()), mapNullable(n.p(), f));
    if (e instanceof Floor x) return new Floor(f.apply(x.arg()));
    if (e instanceof Ceil x) return new Ceil(f.apply(x.arg()));
    if (e instanceof Inner i) return new Inner(f.apply(i.left()), f.apply(i.right()));
    if (e instanceof Infix i) return new Infix(i.op(), f.apply(i.lhs()), f.apply(i.rhs()));
    if (e instanceof Compare c) return new Compare(c.terms().stream().map(f).toList(), c.relations());
    // like Deriv's variable, the variable of a gradient or a limit is a binder and is not mapped
    if (e instanceof Gradient g) return new Gradient(f.apply(g.body()), g.var());
    if (e instanceof Limit l) return new Limit(l.var(), f.apply(l.target()), f.apply(l.body()));
    if (e instanceof Optimize o) return new Optimize(o.kind(), mapNullable(o.over(), f), f.apply(o.body()));
    if (e instanceof BigO o) return new BigO(f.apply(o.arg()));
    if (e instanceof ForAll a) return new ForAll(f.apply(a.bound()));
    if (e instanceof Indicator i) return new Indicator(f.apply(i.condition()));
    if (e instanceof At a) return new At(f.apply(a.body()), a.var(), f.apply(a.value()));
    if (e instanceof Prime p) return new Prime(f.apply(p.body()), p.order(), mapNullable(p.at(), f));
    throw Exprs.unknownNode(e);
  }

  private static Expr mapNullable(Expr e, Function<Expr, Expr> f) {
    return e == null ? null : f.apply(e);
  }

  /** The error for a node type a switch over the tree does not know: a programming error, never user input. */
  public static IllegalStateException unknownNode(Expr e) {
    return new IllegalStateException("unhandled expression node " + e.getClass().getSimpleName());
  }

  /** Bottom-up rewrite: children first, then {@code f} on the rebuilt node. */
  public static Expr transform(Expr e, Function<Expr, Expr> f) {
    return f.apply(mapChildren(e, c -> transform(c, f)));
  }

  /** Whether {@code e} or any node below it satisfies {@code test}. */
  public static boolean any(Expr e, java.util.function.Predicate<Expr> test) {
    if (test.test(e)) return true;
    for (Expr c : e.children()) {
      if (any(c, test)) return true;
    }
    return false;
  }

  /** Every {@link Var} occurring in {@code e}, in first-occurrence order (bound sum indices included). */
  public static Set<Var> vars(Expr e) {
    var out = new LinkedHashSet<Var>();
    collectVars(e, out);
    return out;
  }

  private static void collectVars(Expr e, Set<Var> out) {
    if (e instanceof Var v) out.add(v);
    for (Expr c : e.children()) collectVars(c, out);
  }

  /** Replaces every occurrence of {@code target} (structurally) by {@code replacement}. */
  public static Expr substitute(Expr e, Expr target, Expr replacement) {
    if (e.equals(target)) return replacement;
    return mapChildren(e, c -> substitute(c, target, replacement));
  }

  /** Number of nodes, a size measure for limits and heuristics. */
  public static int size(Expr e) {
    int n = 1;
    for (Expr c : e.children()) n += size(c);
    return n;
  }

}
