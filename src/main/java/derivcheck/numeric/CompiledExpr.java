package derivcheck.numeric;

/**
 * An expression compiled for fast double evaluation. {@code point[k]} is the value of the k-th variable given to
 * {@link DoubleCompiler#compile}. A non-finite result (NaN, infinity) means the expression has no usable value there.
 */
@FunctionalInterface
public interface CompiledExpr {
  double eval(double[] point);
}
