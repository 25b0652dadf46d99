package derivcheck.expr;

import java.util.List;

/**
 * Application of a named function: {@code \sigma(x)}, {@code \exp(x)}, {@code \sqrt{x}}, {@code f(x, y)}.
 *
 * <p>{@code primes} counts derivative marks: {@code \sigma'(x)} is {@code Call[\sigma, primes=1, x]}, the first
 * derivative of the function evaluated at {@code x}.
 */
public record Call(String fn, int primes, List<Expr> args) implements Expr {
  public Call {
    if (fn == null || fn.isBlank()) throw new IllegalArgumentException("empty function name");
    if (primes < 0) throw new IllegalArgumentException("negative prime count");
    args = List.copyOf(args);
  }

  public Call(String fn, List<Expr> args) {
    this(fn, 0, args);
  }

  public static Call of(String fn, Expr... args) {
    return new Call(fn, 0, List.of(args));
  }

  @Override
  public List<Expr> children() {
    return args;
  }
}
