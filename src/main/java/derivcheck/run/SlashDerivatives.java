package derivcheck.run;

import java.util.regex.Pattern;

/**
 * The inline derivative {@code \partial L / \partial y_1} of running text, written as the fraction
 * {@code \frac{\partial L}{\partial y_1}} the parser reads. Only a name over a name is rewritten.
 */
final class SlashDerivatives {
  private static final String NAME = "(?:\\\\[a-zA-Z]+\\s*\\{[^{}]*\\}|\\\\[a-zA-Z]+|[a-zA-Z])"
      + "(?:\\s*_\\s*(?:\\{[^{}]*\\}|[a-zA-Z0-9]))?(?:\\s*\\^\\s*(?:\\{[^{}]*\\}|[a-zA-Z0-9]))?";
  private static final Pattern SLASH = Pattern.compile(
      "\\\\partial\\s*(" + NAME + ")\\s*/\\s*\\\\partial\\s*(" + NAME + ")");

  private SlashDerivatives() {}

  /** The text with each {@code \partial a / \partial b} as a fraction; the same string if there is none. */
  static String rewrite(String latex) {
    if (!latex.contains("/")) return latex;
    return SLASH.matcher(latex).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\frac{\\partial " + m.group(1) + "}{\\partial " + m.group(2) + "}"));
  }
}
