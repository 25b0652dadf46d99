package derivcheck.cas;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Chain;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;

/** Small builders so that tests read like the formulas they check (the parser is not used here). */
final class Trees {
  private Trees() {}

  static final Var X = new Var("x");
  static final Var Y = new Var("y");
  static final Var A = new Var("a");

  static Num n(long v) {
    return Num.of(v);
  }

  static Expr add(Expr... terms) {
    return new Add(java.util.List.of(terms));
  }

  static Expr sub(Expr a, Expr b) {
    return Add.of(a, new Neg(b));
  }

  static Expr mul(Expr... factors) {
    return new Mul(java.util.List.of(factors));
  }

  static Expr div(Expr a, Expr b) {
    return new Div(a, b);
  }

  static Expr neg(Expr a) {
    return new Neg(a);
  }

  static Expr pow(Expr a, Expr b) {
    return new Pow(a, b);
  }

  static Expr abs(Expr a) {
    return new Abs(a);
  }

  static Expr sigma(Expr a) {
    return Builtin.SIGMA.call(a);
  }

  static Expr tanh(Expr a) {
    return Builtin.TANH.call(a);
  }

  static Expr ln(Expr a) {
    return Builtin.LN.call(a);
  }

  static Expr softplus(Expr a) {
    return Builtin.SOFTPLUS.call(a);
  }

  static Expr softsign(Expr a) {
    return Builtin.SOFTSIGN.call(a);
  }

  static Expr relu(Expr a) {
    return Builtin.RELU.call(a);
  }

  static Expr heaviside(Expr a) {
    return Builtin.HEAVISIDE.call(a);
  }

  static Expr d(Expr body, Var v) {
    return new Deriv(body, v, 1, false);
  }

  static Expr dIndexed(Expr body, derivcheck.expr.Indexed v) {
    return new Deriv(body, v, 1, false);
  }

  static Chain gt(Expr a, Expr b) {
    return Chain.of(a, Relation.GT, b);
  }

  static Chain eq(Expr a, Expr b) {
    return Chain.of(a, Relation.EQ, b);
  }
}
