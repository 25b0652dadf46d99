package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Infix;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import java.util.List;

/** Short builders so tests read like the trees they describe. */
final class Trees {
  private Trees() {}

  static final Var X = new Var("x");
  static final Var Y = new Var("y");
  static final Var A = new Var("a");
  static final Var B = new Var("b");
  static final Const E = Const.E;

  static Num n(long v) {
    return Num.of(v);
  }

  static Num n(String literal) {
    return Num.parse(literal);
  }

  static Var v(String name) {
    return new Var(name);
  }

  static Neg neg(Expr e) {
    return new Neg(e);
  }

  static Add add(Expr... terms) {
    return Add.of(terms);
  }

  static Add sub(Expr a, Expr b) {
    return Add.of(a, new Neg(b));
  }

  static Mul mul(Expr... factors) {
    return Mul.of(factors);
  }

  static Div div(Expr a, Expr b) {
    return new Div(a, b);
  }

  static Pow pow(Expr a, Expr b) {
    return new Pow(a, b);
  }

  static Call call(String fn, Expr... args) {
    return Call.of(fn, args);
  }

  static Call prime(String fn, int primes, Expr... args) {
    return new Call(fn, primes, List.of(args));
  }

  static Call sigma(Expr x) {
    return call("\\sigma", x);
  }

  static Deriv d(Expr body, Expr var) {
    return new Deriv(body, var, 1, false);
  }

  static Deriv partial(Expr body, Expr var, int order) {
    return new Deriv(body, var, order, true);
  }

  static Abs abs(Expr e) {
    return new Abs(e);
  }

  static Indexed idx(Expr base, Expr... indices) {
    return new Indexed(base, List.of(indices));
  }

  static BigOp sum(Var index, Expr lower, Expr upper, Expr body) {
    return new BigOp(BigOp.Kind.SUM, index, lower, upper, body);
  }

  // ---- notation

  static Transpose tr(Expr e) {
    return new Transpose(e);
  }

  static Tuple tuple(Expr... items) {
    return new Tuple(Tuple.Bracket.PAREN, List.of(items));
  }

  static Tuple square(Expr... items) {
    return new Tuple(Tuple.Bracket.SQUARE, List.of(items));
  }

  static Compare cmp(Expr a, Relation r, Expr b) {
    return Compare.of(a, r, b);
  }

  static Infix infix(Infix.Op op, Expr a, Expr b) {
    return new Infix(op, a, b);
  }
}
