package derivcheck.numeric;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random trees: the compiled double evaluator and the precise evaluator must tell the same story. */
class CompiledVsPreciseTest {
  static final List<Expr> VARS = List.of(new Var("x"), new Var("y"));

  /** A random tree of bounded depth over x, y, small constants, every node kind and every builtin. */
  static Expr tree(Random r, int depth) {
    if (depth == 0 || r.nextInt(5) == 0) {
      int pick = r.nextInt(6);
      if (pick < 4) return VARS.get(pick % 2);
      if (pick == 4) return Num.parse(String.valueOf(r.nextInt(40) / 10.0 - 2));
      return r.nextBoolean() ? Const.E : Const.PI;
    }
    switch (r.nextInt(9)) {
      case 0: return new Neg(tree(r, depth - 1));
      case 1: return Add.of(tree(r, depth - 1), tree(r, depth - 1));
      case 2: return Mul.of(tree(r, depth - 1), tree(r, depth - 1), tree(r, depth - 1));
      case 3: return new Div(tree(r, depth - 1), tree(r, depth - 1));
      case 4: return new Pow(tree(r, depth - 1), Num.of(r.nextInt(7) - 3));
      case 5: return r.nextBoolean() ? new Pow(Const.E, tree(r, depth - 1)) : new Pow(tree(r, depth - 1),
          Num.parse(String.valueOf(r.nextInt(9) / 4.0 - 1)));
      case 6: return new Abs(tree(r, depth - 1));
      default:
        Builtin b = Builtin.values()[r.nextInt(Builtin.values().length)];
        if (b.arity() < 0) return b.call(tree(r, depth - 1), tree(r, depth - 1), tree(r, depth - 1));
        return new Call(r.nextBoolean() || b.aliases().isEmpty() ? b.latex() : b.aliases().get(0),
            List.of(tree(r, depth - 1)));
    }
  }

  @Test
  void randomTreesAgree() throws Exception {
    var random = new Random(20240611L);
    var sampler = new Sampler(7);
    var precise = new PreciseEvaluator(40);
    var tolerance = new Tolerance(1e-8, 1e-8);
    int compared = 0;
    int undefinedBoth = 0;
    var mismatches = new ArrayList<String>();
    for (int t = 0; t < 150; t++) {
      Expr e = tree(random, 4);
      CompiledExpr compiled = DoubleCompiler.compile(e, VARS);
      for (int k = 0; k < 4; k++) {
        double[] p = sampler.next(2);
        double d = compiled.eval(p);
        PreciseValue v = precise.eval(e, PreciseEvaluator.point(VARS, p));
        String where = e + " at " + p[0] + ", " + p[1] + ": double " + d + ", precise " + v;
        if (v instanceof PreciseValue.Finite f) {
          // A finite precise value: double may only fail by overflow, never with NaN.
          assertFalse(Double.isNaN(d), where);
          if (Double.isInfinite(d)) {
            assertTrue(f.value().abs().compareTo(new BigDecimal("1e300")) > 0, where);
            continue;
          }
          compared++;
          if (!tolerance.close(d, f.value().doubleValue())) mismatches.add(where);
        } else if (((PreciseValue.Undefined) v).reason().isDomainError()) {
          // No real value: double must not invent one.
          assertFalse(Double.isFinite(d), where);
          undefinedBoth++;
        }
      }
    }
    System.out.printf("random trees: %d finite comparisons, %d undefined in both, %d double-precision mismatches%n",
        compared, undefinedBoth, mismatches.size());
    mismatches.stream().limit(3).forEach(System.out::println);
    assertTrue(compared > 300, "too few finite comparisons: " + compared);
    // Doubles lose digits to cancellation in random trees now and then; that is what the re-check is for.
    assertTrue(mismatches.size() <= compared / 50, () -> mismatches.size() + " mismatches: " + mismatches.get(0));
  }
}
