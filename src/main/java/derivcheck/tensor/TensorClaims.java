package derivcheck.tensor;

import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The door to vector, matrix and index claims: {@link #applies} tells a scalar step from one that needs sizes, and
 * {@link #plan} turns the latter into scalar components at several sizes ({@link Planner}). Nothing here decides
 * whether a claim holds; the kernel checks the components.
 */
public final class TensorClaims {
  private TensorClaims() {}

  /**
   * Whether the step uses vectors, matrices, free indices or symbolic sizes: bold names, declared vectors,
   * transposes, lists, norms, gradients, {@code \odot}, {@code *}, indicators, entries of expressions
   * ({@code S(\mathbf{x})_i}), sums with symbolic bounds, or definitions that do. Plain scalar claims never do.
   */
  public static boolean applies(Expr lhs, Expr rhs, List<Chain> conditions, Definitions defs) {
    var seen = new HashSet<Object>();
    var declared = declaredNames(defs, conditions);
    if (signals(lhs, defs, declared, seen) || signals(rhs, defs, declared, seen)) return true;
    for (Chain c : conditions) {
      for (Expr t : c.terms()) {
        if (t instanceof Infix i && (i.op() == Infix.Op.IN || i.op() == Infix.Op.COLON)
            && Declarations.space(i.rhs()) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** The scalar components at each size; never throws. */
  public static Plan plan(Expr lhs, Relation rel, Expr rhs, List<Chain> conditions, Definitions defs, Limits limits) {
    try {
      return new Planner(ClaimScope.of(lhs, rhs, conditions, defs), lhs, rhs, limits).plan();
    } catch (ShapeError e) {
      return new Plan.Invalid(e.getMessage());
    } catch (TensorException e) {
      return new Plan.Undecidable(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Plan.Undecidable("internal error while expanding: " + e);
    }
  }

  /**
   * The claim written entry-wise with symbolic sizes, for the index algebra; empty when it cannot be written so
   * with the same meaning as the sized expansion. Never throws.
   */
  public static java.util.Optional<derivcheck.index.IndexClaim> indexClaim(Expr lhs, Expr rhs, List<Chain> conditions,
      Definitions defs) {
    try {
      return java.util.Optional.of(new IndexForms(ClaimScope.of(lhs, rhs, conditions, defs)).claim(lhs, rhs));
    } catch (TensorException | RuntimeException | StackOverflowError e) {
      return java.util.Optional.empty();
    }
  }

  /** How far to go: sizes 1..{@code maxSize} for each size symbol, at most {@code maxCases} size choices. */
  public record Limits(int maxSize, int maxCases, int maxComponents, int draws) {
    public static Limits defaults() {
      return new Limits(6, 10, 300, 3);
    }
  }

  private static Set<String> declaredNames(Definitions defs, List<Chain> conditions) {
    var d = new Declarations();
    for (Expr e : defs.declarations()) d.read(e);
    for (Chain c : conditions) if (c.terms().size() == 1) d.read(c.terms().get(0));
    var out = new HashSet<String>();
    d.shapes.forEach((k, v) -> {
      if (!v.isEmpty()) out.add(k);
    });
    out.addAll(d.signatures.keySet());
    for (var e : defs.entryDefinitions()) if (e.head().base() instanceof Var v) out.add(v.name());
    return out;
  }

  private static boolean signals(Expr e, Definitions defs, Set<String> declared, Set<Object> seen) {
    return Exprs.any(e, x -> signal(x, defs, declared, seen));
  }

  private static boolean signal(Expr e, Definitions defs, Set<String> declared, Set<Object> seen) {
    if (e instanceof Transpose || e instanceof Tuple || e instanceof MatrixLit || e instanceof Norm
        || e instanceof Gradient || e instanceof Inner || e instanceof Indicator || e instanceof Dots) {
      return true;
    }
    if (e instanceof Infix i && (i.op() == Infix.Op.HADAMARD || i.op() == Infix.Op.STAR || i.op() == Infix.Op.FULL_STAR
        || i.op() == Infix.Op.CIRCULAR_STAR || i.op() == Infix.Op.MOD
        || i.op() == Infix.Op.OTIMES)) {
      return true;
    }
    if (e instanceof Var v) {
      if (Names.isBold(v.name()) || declared.contains(v.name())) return true;
      if (seen.add(v)) {
        var value = defs.value(v);
        if (value.isPresent() && signals(value.get(), defs, declared, seen)) return true;
      }
      return false;
    }
    if (e instanceof Indexed ix) {
      if (!(ix.base() instanceof Var b)) return true;
      if (declared.contains(b.name()) || declared.contains(Names.bold(b.name()))) return true;
      if (b.name().equals("C") && ix.indices().size() == 1 && ix.indices().get(0) instanceof Var v
          && Names.isBold(v.name())) {
        return true;
      }
      return false;
    }
    if (e instanceof BigOp b) {
      return b.lower() == null || !isIntegerConstant(b.lower()) || !isIntegerConstant(b.upper());
    }
    if (e instanceof Call c) {
      if (declared.contains(c.fn()) || c.fn().startsWith("J_{") || ClaimScope.isOneHot(c.fn())) return true;
      if (defs.function(c.fn()).isEmpty() && (VectorFunctions.isSoftmax(c.fn())
          || c.fn().equals("\\operatorname{Diag}") || c.fn().equals("\\operatorname{diag}")
          || c.fn().equals("\\operatorname{flip}") || VectorFunctions.isConvolution(c.fn()))) {
        return true;
      }
      var user = defs.function(c.fn());
      if (user.isPresent() && seen.add("fn:" + c.fn()) && signals(user.get().body(), defs, declared, seen)) return true;
      var value = defs.value(new Var(c.fn()));
      if (value.isPresent() && value.get() instanceof Infix inf && inf.op() == Infix.Op.COMPOSE) return true;
    }
    return false;
  }

  private static boolean isIntegerConstant(Expr e) {
    return IntEval.of(e).isPresent() || e instanceof Num n && n.isInteger();
  }

  static List<Expr> list(Expr... es) {
    var out = new ArrayList<Expr>();
    for (Expr e : es) if (e != null) out.add(e);
    return out;
  }
}
