package derivcheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import derivcheck.numeric.DoubleCompiler;
import derivcheck.numeric.PreciseEvaluator;
import derivcheck.numeric.PreciseValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A builtin's definition is its meaning: the direct double and high-precision implementations of every defined
 * one-argument builtin must agree with the definition written out.
 */
class BuiltinDefinitionsTest {
  static final Var X = new Var("x");

  static Stream<Builtin> defined() {
    return Stream.of(Builtin.values()).filter(b -> !b.isPrimitive() && b.arity() == 1);
  }

  @ParameterizedTest
  @MethodSource("defined")
  void directImplementationsAgreeWithTheDefinition(Builtin b) throws Exception {
    Expr call = b.call(X);
    Expr written = b.expand(List.of(X)).orElseThrow();
    var vars = List.<Expr>of(X);
    var direct = DoubleCompiler.compile(call, vars);
    var precise = new PreciseEvaluator(40);
    for (double x : new double[] {-2.7, -0.9, 0.3, 1.6, 3.1}) {
      var a = precise.eval(call, PreciseEvaluator.point(vars, new double[] {x}));
      var w = precise.eval(written, PreciseEvaluator.point(vars, new double[] {x}));
      double want = ((PreciseValue.Finite) w).value().doubleValue();
      assertEquals(want, ((PreciseValue.Finite) a).value().doubleValue(), 1e-12 * Math.max(1, Math.abs(want)),
          b + " at " + x);
      assertEquals(want, direct.eval(new double[] {x}), 1e-9 * Math.max(1, Math.abs(want)), b + " at " + x);
    }
  }
}
