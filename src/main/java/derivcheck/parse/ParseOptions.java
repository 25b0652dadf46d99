package derivcheck.parse;

import java.util.Set;

/**
 * How to read names. {@code functionNames} are extra function names in canonical LaTeX ({@code \phi},
 * {@code \operatorname{mysquash}}, {@code F}) declared by the user; every name and alias of
 * {@link derivcheck.lib.Builtin} is a function already. With {@code logIsBase10}, {@code \log} stays a call of
 * {@code \log} (base 10) instead of meaning {@code \ln}.
 */
public record ParseOptions(Set<String> functionNames, boolean logIsBase10) {
  public ParseOptions {
    functionNames = Set.copyOf(functionNames);
  }

  public static ParseOptions defaults() {
    return new ParseOptions(Set.of(), false);
  }

  /** These options with more declared function names. */
  public ParseOptions withFunctions(Set<String> more) {
    var all = new java.util.HashSet<>(functionNames);
    all.addAll(more);
    return new ParseOptions(all, logIsBase10);
  }
}
