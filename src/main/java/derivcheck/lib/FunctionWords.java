package derivcheck.lib;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of function names as people type them: a plain word ({@code exp}, {@code sig}, {@code ReLU},
 * {@code softmax}) and the canonical LaTeX name it stands for. The parser consults it for words typed as plain letters
 * ({@code sig(x)}) and for words in {@code \text}, {@code \mathrm} and {@code \operatorname}
 * ({@code \operatorname{tanh}} is {@code \tanh}). Every name and alias of {@link Builtin} is in it, written without
 * its backslash or {@code \operatorname}; the extra spellings below are the ones seen in homework.
 */
public final class FunctionWords {
  private FunctionWords() {}

  /** The absolute value typed as a word, {@code abs(x)}: the parser makes it {@code |x|}. */
  public static final String ABSOLUTE_VALUE = "\\operatorname{abs}";

  /** Spellings that are not a builtin's own name or alias, and the canonical name they mean. */
  private static final Map<String, String> EXTRA = Map.ofEntries(
      Map.entry("sig", "\\sigma"),
      Map.entry("Sigmoid", "\\sigma"),
      Map.entry("logistic", "\\sigma"),
      Map.entry("Tanh", "\\tanh"),
      Map.entry("log", "\\log"),
      Map.entry("Softplus", "\\operatorname{softplus}"),
      Map.entry("relu", "\\operatorname{relu}"),
      Map.entry("abs", ABSOLUTE_VALUE),
      // functions of vectors, given their meaning by the tensor package
      Map.entry("softmax", "\\operatorname{softmax}"),
      Map.entry("Softmax", "\\operatorname{softmax}"));

  /** Words that would otherwise be read as a Greek letter's name: {@code sigma} typed out means the letter. */
  private static final Set<String> NOT_WORDS = Set.of("sigma");

  private static final Map<String, String> BY_WORD = new HashMap<>();

  static {
    for (Builtin b : Builtin.values()) {
      add(b.latex(), b.latex());
      for (String alias : b.aliases()) add(alias, b.latex());
    }
    BY_WORD.putAll(EXTRA);
  }

  private static void add(String name, String canonical) {
    String word = wordOf(name);
    if (word != null && word.length() >= 2 && !NOT_WORDS.contains(word)) BY_WORD.put(word, canonical);
  }

  /** {@code \tanh} and {@code \operatorname{relu}} give {@code tanh} and {@code relu}; other names give null. */
  private static String wordOf(String name) {
    if (name.startsWith("\\operatorname{") && name.endsWith("}")) {
      return name.substring("\\operatorname{".length(), name.length() - 1);
    }
    if (name.matches("\\\\[A-Za-z]+")) return name.substring(1);
    return null;
  }

  /** The canonical name a typed word stands for: {@code sig} gives {@code \sigma}, {@code exp} gives {@code \exp}. */
  public static Optional<String> name(String word) {
    return Optional.ofNullable(BY_WORD.get(word));
  }
}
