package derivcheck.cas;

import static derivcheck.cas.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

class TranslationTest {
  static final Duration BUDGET = Duration.ofSeconds(20);

  /** Runs {@code f} on the Symja worker (Symja must only be used there). */
  static <T> T onWorker(Function<Session, T> f) {
    return Cas.lane().submit(f::apply, BUDGET).join();
  }

  /** Our tree to Symja, evaluated, and back. */
  static Expr roundTrip(Expr e) {
    return onWorker(s -> {
      var table = new SymbolTable();
      IExpr symja = s.eval(new ToSymja(table).convert(e));
      return new FromSymja(table).convert(symja);
    });
  }

  static void assertSameValue(Expr expected, Expr actual, Map<Expr, Double> env) {
    double a = TreeValue.of(expected, env);
    double b = TreeValue.of(actual, env);
    assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)), () -> expected + " vs " + actual);
  }

  @Test
  void roundTripsPreserveValue() {
    var z = new Var("\\alpha");
    var bold = new Var("\\mathbf{x}");
    var x1 = new Indexed(X, List.of(n(1)));
    List<Expr> samples = List.of(
        sigma(X), tanh(div(X, n(2))), softplus(neg(X)), softsign(X), relu(sub(X, n(1))),
        div(add(X, n(1)), sub(X, n(3))), pow(Const.E, neg(mul(n(2), X))), Builtin.SQRT.call(add(mul(X, X), n(1))),
        mul(Num.parse("0.25"), z, bold), sub(pow(x1, n(3)), div(n(1), mul(n(2), z))), ln(add(n(1), pow(Const.E, X))),
        Builtin.SINH.call(X), Builtin.COSH.call(X), Builtin.SIN.call(mul(Const.PI, X)), Builtin.COS.call(X),
        Builtin.TAN.call(X), Builtin.SIGN.call(X), abs(sub(X, z)), Builtin.MAX.call(X, z, n(0)),
        Builtin.MIN.call(X, n(2)), heaviside(X), mul(n(-3), X, pow(z, n(-2))), div(neg(X), n(7)));
    var env = new HashMap<Expr, Double>(Map.of(X, 0.7, z, -1.3, bold, 2.1, x1, 1.9));
    for (Expr e : samples) {
      assertSameValue(e, roundTrip(e), env);
      env.put(X, -0.4);
      assertSameValue(e, roundTrip(e), env);
      env.put(X, 0.7);
    }
  }

  @Test
  void heavisideIsOneHalfAtZero() {
    assertEquals(div(n(1), n(2)), roundTrip(heaviside(n(0))));
  }

  @Test
  void decimalsAreExactRationals() {
    // 1.0E-5 must not become 1.0*E - 5 (as Symja's string parser reads it), nor a float.
    assertEquals(div(n(1), n(100000)), roundTrip(Num.parse("1.0E-5")));
    assertEquals(div(n(3), n(4)), roundTrip(Num.parse("0.75")));
    assertEquals(neg(div(n(1), n(8))), roundTrip(neg(Num.parse("0.125"))));
  }

  @Test
  void resultsComeBackInAReadableShape() {
    assertEquals(neg(X), roundTrip(neg(X)));
    assertEquals(div(X, n(2)), roundTrip(div(X, n(2))));
    assertEquals(div(n(1), pow(X, n(2))), roundTrip(pow(X, n(-2))));
    assertEquals(pow(Const.E, neg(X)), roundTrip(pow(Const.E, neg(X))));
    assertEquals(Builtin.SQRT.call(X), roundTrip(Builtin.SQRT.call(X)));
    assertEquals(pow(Const.E, X), roundTrip(Builtin.EXP.call(X)));
    assertEquals(Const.PI, roundTrip(Const.PI));
    // tanh' comes back from Symja as Sech^2: written as 1 / cosh^2.
    assertEquals(div(n(1), pow(Builtin.COSH.call(X), n(2))), roundTrip(Trees.d(tanh(X), X)));
  }

  @Test
  void variablesNamedLikeSymjaBuiltinsStayDistinctVariables() {
    var names = List.of("E", "I", "D", "N", "C", "\\Gamma", "x1", "X1", "Pi", "Sin", "e_1", "\\beta");
    var vars = names.stream().map(Var::new).toList();
    Expr sum = add(vars.toArray(Expr[]::new));
    Expr back = roundTrip(sum);
    assertEquals(new HashSet<>(vars), Exprs.vars(back), back::toString);
    assertFalse(Exprs.any(back, e -> e instanceof Const), back::toString);
    // x1 * X1 stays a product of two variables (relaxed syntax would fold it to x1^2).
    var x1 = new Var("x1");
    var bigX1 = new Var("X1");
    Expr product = roundTrip(mul(x1, bigX1));
    assertEquals(Map.of(x1, 1, bigX1, 1), powers(product), product::toString);
    // A variable named E is not Euler's number; one named D can be differentiated by.
    var d = new Var("D");
    assertFalse(Cas.proveEqual(new Var("E"), Const.E, List.of(), BUDGET).proved());
    assertEquals(mul(n(2), d), roundTrip(Trees.d(pow(d, n(2)), d)));
  }

  private static Map<Var, Integer> powers(Expr product) {
    var out = new HashMap<Var, Integer>();
    for (Expr f : product.children()) {
      if (f instanceof Var v) out.merge(v, 1, Integer::sum);
    }
    return out;
  }

  @Test
  void constantIndicesNameOneScalarVariable() {
    var x1 = new Indexed(X, List.of(n(1)));
    var x1Again = new Indexed(X, List.of(add(n(0), n(1))));
    var x2 = new Indexed(X, List.of(n(2)));
    assertEquals(n(0), roundTrip(sub(x1, x1Again)));
    assertEquals(x2, roundTrip(Trees.dIndexed(mul(x1, x2), x1)));
    var j = new Var("j");
    var sum = new BigOp(BigOp.Kind.SUM, j, n(1), n(3), new Indexed(X, List.of(j)));
    Expr back = roundTrip(sum);
    var env = Map.<Expr, Double>of(x1, 1.0, x2, 10.0, new Indexed(X, List.of(n(3))), 100.0);
    assertEquals(111.0, TreeValue.of(back, env), 1e-12);
    var product = new BigOp(BigOp.Kind.PROD, j, n(1), n(4), j);
    assertEquals(n(24), roundTrip(product));
  }

  @Test
  void primesOnABuiltinDifferentiateItsDefinition() {
    Expr sigmaPrime = new Call("\\sigma", 1, List.of(mul(n(2), X)));
    Expr expected = mul(sigma(mul(n(2), X)), sub(n(1), sigma(mul(n(2), X))));
    var env = Map.<Expr, Double>of(X, 0.3);
    assertSameValue(expected, roundTrip(sigmaPrime), env);
    Expr tanhSecond = new Call("\\tanh", 2, List.of(X));
    Expr expectedSecond = mul(n(-2), tanh(X), sub(n(1), pow(tanh(X), n(2))));
    assertSameValue(expectedSecond, roundTrip(tanhSecond), env);
  }

  @Test
  void unknownFunctionsAndTheirDerivativesComeBack() {
    var f = Call.of("f", X);
    assertEquals(f, roundTrip(f));
    assertEquals(new Call("f", 1, List.of(X)), roundTrip(Trees.d(f, X)));
    var g = Call.of("\\operatorname{loss}", X, Y);
    assertEquals(g, roundTrip(g));
  }

  @Test
  void unsupportedInputIsACasException() {
    var noBounds = new BigOp(BigOp.Kind.SUM, new Var("j"), null, null, new Var("j"));
    var wrongArity = new Call("\\sigma", List.of(X, Y));
    var vectorFunction = new Indexed(Call.of("S", X), List.of(n(1)));
    for (Expr e : List.of(noBounds, wrongArity, vectorFunction)) {
      var thrown = assertThrows(java.util.concurrent.CompletionException.class, () -> roundTrip(e));
      assertTrue(thrown.getCause() instanceof CasException, thrown::toString);
    }
  }

  @Test
  void unsupportedSymjaHeadsAreACasException() {
    var thrown = assertThrows(java.util.concurrent.CompletionException.class, () -> onWorker(s -> {
      var table = new SymbolTable();
      IExpr x = table.variable(X);
      return new FromSymja(table).convert(F.ArcSin(x));
    }));
    assertTrue(thrown.getCause() instanceof CasException, thrown::toString);
    var unknownSymbol = assertThrows(java.util.concurrent.CompletionException.class,
        () -> onWorker(s -> new FromSymja(new SymbolTable()).convert(S.I)));
    assertTrue(unknownSymbol.getCause() instanceof CasException);
  }
}
