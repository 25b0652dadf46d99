package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.render.LatexPrinter;

/** Sizes and names as people read them in messages. */
final class SizeNames {
  private SizeNames() {}

  static String print(Expr size) {
    try {
      return LatexPrinter.print(size);
    } catch (IllegalStateException e) {
      return size.toString();
    }
  }

  /** "a" or "an" before a word as it is spoken: "an n x n matrix", "a 3x3 matrix", "an 8x8 matrix". */
  static String article(String word) {
    if (word.isEmpty()) return "a";
    char c = Character.toLowerCase(word.charAt(0));
    if (word.startsWith("8") || word.startsWith("11") || word.startsWith("18")) return "an";
    boolean letter = Character.isLetter(c);
    boolean single = word.length() == 1 || !Character.isLetter(word.charAt(1));
    if (letter && single) return "aefhilmnorsx".indexOf(c) >= 0 ? "an" : "a";
    return "aeiou".indexOf(c) >= 0 ? "an" : "a";
  }
}
