package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.expr.Num;
import derivcheck.lib.Build;
import derivcheck.lib.Builtin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stand-ins for functions declared only by a signature ({@code f : \mathbb{R}^\ell \to \mathbb{R}^m}): a claim about
 * every such f is checked with concrete smooth functions of that signature,
 * {@code f_i(\mathbf{t}) = \sin(\sum_j A_{ij} t_j + b_i) + \frac14 \sum_j C_{ij} t_j^2}, with small seeded random
 * coefficients; each draw ({@link Env#draw}) gives other coefficients. A false claim about all f is very unlikely to
 * hold for such a function, so a refutation is a real one; agreement is evidence, never a proof for all f.
 */
final class RandomFunctions {
  private RandomFunctions() {}

  static Tensor apply(String fn, Declarations.Signature sig, Tensor arg, Env env, Expander x)
      throws TensorException {
    if (sig.in().size() > 1 || sig.out().size() > 1) {
      throw new NotSupported("functions of matrices or with matrix values (" + fn + ")");
    }
    int in = sig.in().isEmpty() ? 1 : (int) x.integer(sig.in().get(0), env, "the dimension of " + fn + "'s argument");
    int out = sig.out().isEmpty() ? 1 : (int) x.integer(sig.out().get(0), env, "the dimension of " + fn + "'s value");
    if (in < 1 || out < 1) throw new SizeDoesNotFit(fn + " would map R^" + in + " to R^" + out);
    boolean scalarIn = sig.in().isEmpty();
    if (scalarIn ? !arg.isScalar() : (!arg.isVector() || arg.length() != in)) {
      String want = scalarIn ? "a scalar" : "a vector of length " + Tensor.size(sig.in().get(0), in);
      throw new ShapeError(fn + " takes " + want + ", not " + arg.describe());
    }
    var rng = new Random(((long) fn.hashCode() * 1_000_003L) ^ (env.draw * 7919L) ^ (in * 131L + out));
    var values = new ArrayList<Expr>();
    for (int i = 0; i < out; i++) {
      var linear = new ArrayList<Expr>();
      var square = new ArrayList<Expr>();
      for (int j = 0; j < in; j++) {
        Expr t = arg.entries().get(j);
        linear.add(Build.mul(coefficient(rng), t));
        square.add(Build.mul(coefficient(rng), Build.pow(t, Num.TWO)));
      }
      linear.add(coefficient(rng));
      Expr wave = Builtin.SIN.call(Build.add(linear.toArray(Expr[]::new)));
      Expr bowl = Build.div(Build.add(square.toArray(Expr[]::new)), Num.of(4));
      values.add(Build.add(wave, bowl));
    }
    if (sig.out().isEmpty()) return Tensor.scalar(values.get(0));
    return Tensor.column(values, sig.out().get(0));
  }

  /** A nonzero multiple of 0.1 in [-1.5, 1.5]. */
  private static Expr coefficient(Random rng) {
    int k = rng.nextInt(30) - 15;
    if (k >= 0) k++;
    BigDecimal v = BigDecimal.valueOf(k, 1);
    return v.signum() < 0 ? Build.neg(new Num(v.negate())) : new Num(v);
  }

  private static boolean isStandIn(String fn, ClaimScope scope) {
    String f = fn.startsWith("J_{") && fn.endsWith("}") ? VectorFunctions.functionName(fn.substring(3, fn.length() - 1)) : fn;
    return scope.decl.signatures.containsKey(f) && scope.defs.function(f).isEmpty();
  }

  /** Whether the claim (or a definition it uses) calls a function declared only by its signature. */
  static boolean used(ClaimScope scope) {
    for (String name : scope.namesUsed()) if (isStandIn(name, scope)) return true;
    return false;
  }
}
