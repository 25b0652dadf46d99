package derivcheck.parse;

import java.util.Set;

/**
 * How to read names. {@code functionNames} are extra function names in canonical LaTeX ({@code \phi},
 * {@code \operatorname{mysquash}}, {@code F}) declared by the user; every name and alias of
 * {@link derivcheck.lib.Builtin} is a function already. With {@code logIsBase10}, {@code \log} stays a call of
 * {@code \log} (base 10) instead of meaning {@code \ln}.
 */
public record ParseOptions(Set<String> functionNames, boolean logIsBase10, Set<String> labelledNames) {
  public ParseOptions {
    functionNames = Set.copyOf(functionNames);
    labelledNames = Set.copyOf(labelledNames);
  }

  public ParseOptions(Set<String> functionNames, boolean logIsBase10) {
    this(functionNames, logIsBase10, Set.of());
  }

  public static ParseOptions defaults() {
    return new ParseOptions(Set.of(), false);
  }

  /**
   * These options with names declared with a layer label, such as {@code \mathbf{h}^{1}}: in their use
   * {@code \mathbf{h}^1} and {@code h^1_n} then name the layer's vector instead of raising it to a power.
   */
  public ParseOptions withLabelledNames(Set<String> names) {
    return new ParseOptions(functionNames, logIsBase10, names);
  }

  /** These options with more declared function names. */
  public ParseOptions withFunctions(Set<String> more) {
    var all = new java.util.HashSet<>(functionNames);
    all.addAll(more);
    return new ParseOptions(all, logIsBase10, labelledNames);
  }
}
