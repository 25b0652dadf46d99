package derivcheck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every node type survives {@link Exprs#mapChildren} and {@link Exprs#substitute} reaches inside it. */
class MapChildrenCoverageTest {
  private static final Var X = new Var("x");
  private static final Var Y = new Var("y");

  static List<Expr> samples() {
    return List.of(
        Num.ONE, Const.E, X, new Neg(X), Add.of(X, Num.ONE), Mul.of(X, X), new Div(X, Num.TWO), new Pow(X, Num.TWO),
        Call.of("f", X), new Deriv(X, X, 1, false), new Abs(X), new Indexed(X, List.of(X)),
        new BigOp(BigOp.Kind.SUM, new Var("i"), Num.ONE, X, X),
        new Transpose(X), new Tuple(Tuple.Bracket.PAREN, List.of(X, Num.ONE)), new SetLit(List.of(X)),
        new MatrixLit("pmatrix", List.of(List.of(X, Num.ONE))), new Cases(List.of(X), List.of(new Text("otherwise"))),
        new Dots(Dots.Kind.LOW), new Placeholder(), new Text("t"), new Norm(X, Num.TWO), new Norm(X, null),
        new Floor(X), new Ceil(X), new Inner(X, Num.ONE), new Infix(Infix.Op.IN, X, new Var("S")),
        Compare.of(X, Relation.LE, Num.ONE), new Gradient(X, X), new Gradient(X, null),
        new Limit(X, Const.INFINITY, X), new Optimize(Optimize.Kind.MIN, X, X), new Optimize(Optimize.Kind.MAX, null, X),
        new BigO(X), new ForAll(X), new Indicator(Compare.of(X, Relation.EQ, Num.ONE)),
        new At(new Deriv(Mul.of(X, new Var("z")), new Var("z"), 1, false), new Var("z"), X), new Prime(X, 2), new Prime(X, 1, Num.ONE));
  }

  @Test
  void everyPermittedRecordHasASample() {
    Set<Class<?>> permitted = new HashSet<>(Arrays.asList(Expr.class.getPermittedSubclasses()));
    Set<Class<?>> covered = samples().stream().map(Object::getClass).collect(Collectors.toSet());
    assertEquals(permitted, covered);
  }

  @Test
  void identityMapRebuildsEqualTrees() {
    for (Expr e : samples()) assertEquals(e, Exprs.mapChildren(e, c -> c), e.toString());
  }

  @Test
  void substituteReachesInside() {
    for (Expr e : samples()) {
      if (!Exprs.vars(e).contains(X)) continue;
      assertNotEquals(e, Exprs.substitute(e, X, Y), e.toString());
    }
  }
}
