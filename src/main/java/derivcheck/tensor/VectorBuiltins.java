package derivcheck.tensor;

/** The functions of vectors derivcheck knows without a definition: softmax ({@code S}), Diag and diag, flip. */
public final class VectorBuiltins {
  private VectorBuiltins() {}

  /** Whether {@code fn} names a built-in function of a vector. */
  public static boolean isBuiltin(String fn) {
    return VectorFunctions.isSoftmax(fn) || fn.equals("\\operatorname{Diag}") || fn.equals("\\operatorname{diag}")
        || fn.equals("\\operatorname{flip}");
  }

  /** Whether {@code fn} is the softmax, whose entries {@code S_i} stand for {@code S(\mathbf{x})_i}. */
  public static boolean isSoftmax(String fn) {
    return VectorFunctions.isSoftmax(fn);
  }
}
