package derivcheck.cas;

import static derivcheck.cas.Trees.*;

import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import java.util.List;

/** The identities from the homework sheets that the CAS adapter must prove, and false variants it must not. */
final class Claims {
  private Claims() {}

  record Claim(String name, Expr lhs, Expr rhs, List<Chain> assumptions) {
    Claim(String name, Expr lhs, Expr rhs) {
      this(name, lhs, rhs, List.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Expr sigmaPrime(Expr a) {
    return new Call("\\sigma", 1, List.of(a));
  }

  static final List<Claim> TRUE = List.of(
      new Claim("sigma = (tanh(x/2)+1)/2", sigma(X), div(add(tanh(div(X, n(2))), n(1)), n(2))),
      new Claim("tanh = 2 sigma(2x) - 1", tanh(X), sub(mul(n(2), sigma(mul(n(2), X))), n(1))),
      new Claim("d/dx sigma = sigma(1-sigma)", d(sigma(X), X), mul(sigma(X), sub(n(1), sigma(X)))),
      new Claim("d/dx tanh = 1 - tanh^2", d(tanh(X), X), sub(n(1), pow(tanh(X), n(2)))),
      new Claim("ln sigma(x) = -softplus(-x)", ln(sigma(X)), neg(softplus(neg(X)))),
      new Claim("softplus(x) - softplus(-x) = x", sub(softplus(X), softplus(neg(X))), X),
      new Claim("softsign(-x) = -softsign(x)", softsign(neg(X)), neg(softsign(X))),
      new Claim("d/dx softsign = 1/(1+|x|)^2", d(softsign(X), X), div(n(1), pow(add(n(1), abs(X)), n(2)))),
      new Claim("d/dx relu = H (x > 0)", d(relu(X), X), heaviside(X), List.of(gt(X, n(0)))),
      new Claim("d/da cross-entropy = sigma(a) - y",
          d(sub(neg(mul(Y, ln(sigma(A)))), mul(sub(n(1), Y), ln(sub(n(1), sigma(A))))), A), sub(sigma(A), Y)),
      new Claim("d/da (y - sigma(a))^2",
          d(pow(sub(Y, sigma(A)), n(2)), A), mul(n(-2), sub(Y, sigma(A)), sigma(A), sub(n(1), sigma(A)))),
      new Claim("sigma'(x) = sigma(1-sigma)", sigmaPrime(X), mul(sigma(X), sub(n(1), sigma(X)))));

  static final List<Claim> FALSE = List.of(
      new Claim("softplus(x) + softplus(-x) = x", add(softplus(X), softplus(neg(X))), X),
      new Claim("sigma'(x) = sigma(1+sigma)", sigmaPrime(X), mul(sigma(X), add(n(1), sigma(X)))),
      new Claim("tanh = 2 sigma(x) - 1", tanh(X), sub(mul(n(2), sigma(X)), n(1))));
}
