package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Num;
import derivcheck.expr.Var;
import java.util.List;
import java.util.Optional;

/**
 * The naming conventions of vector notation. A bold lowercase name ({@code \mathbf{x}}, {@code \boldsymbol{\theta}},
 * {@code \mathbf{h}^{a}}, {@code \mathbf{b}^{(1)}}) is a vector, a bold uppercase name ({@code \mathbf{W}^{(2)}}) a
 * matrix; {@code \mathbf{1}} and {@code \mathbf{0}} are vectors of ones and zeros. The plain letter with a subscript
 * is an entry of the bold one: {@code x_j} and {@code \mathbf{x}_j} are the same entry of {@code \mathbf{x}}.
 */
final class Names {
  private static final List<String> BOLD = List.of("\\mathbf{", "\\boldsymbol{", "\\bm{", "\\pmb{");

  private Names() {}

  static boolean isBold(String name) {
    return BOLD.stream().anyMatch(name::startsWith);
  }

  /** The letter inside the bold command, without labels: {@code \mathbf{W}^{(1)}} gives {@code W}. */
  static String letter(String name) {
    for (String b : BOLD) {
      if (name.startsWith(b)) {
        int close = matchingBrace(name, b.length() - 1);
        return close < 0 ? name : name.substring(b.length(), close);
      }
    }
    int cut = name.indexOf('^');
    return cut < 0 ? name : name.substring(0, cut);
  }

  /** What follows the letter: the label {@code ^{(1)}} of {@code \mathbf{W}^{(1)}}, or "". */
  static String label(String name) {
    for (String b : BOLD) {
      if (name.startsWith(b)) {
        int close = matchingBrace(name, b.length() - 1);
        return close < 0 ? "" : name.substring(close + 1);
      }
    }
    int cut = name.indexOf('^');
    return cut < 0 ? "" : name.substring(cut);
  }

  /** Bold vector or matrix by convention; empty for plain names and for 1 and 0. */
  static Optional<Boolean> boldIsMatrix(String name) {
    if (!isBold(name)) return Optional.empty();
    String l = letter(name);
    if (l.equals("1") || l.equals("0")) return Optional.empty();
    boolean upper = Character.isUpperCase(l.charAt(0))
        || (l.startsWith("\\") && l.length() > 1 && Character.isUpperCase(l.charAt(1)));
    return Optional.of(upper);
  }

  static boolean isOnes(Expr e) {
    return e instanceof Var v && isBold(v.name()) && letter(v.name()).equals("1");
  }

  static boolean isZeros(Expr e) {
    return e instanceof Var v && isBold(v.name()) && letter(v.name()).equals("0");
  }

  /** The bold spelling of a plain name: {@code W^{(2)}} gives {@code \mathbf{W}^{(2)}}. */
  static String bold(String plain) {
    return "\\mathbf{" + letter(plain) + "}" + label(plain);
  }

  /** The same name in the other bold spelling ({@code \boldsymbol} for {@code \mathbf}), for matching. */
  static String boldsymbol(String plain) {
    return "\\boldsymbol{" + letter(plain) + "}" + label(plain);
  }

  /** A name-like expression: a variable, or a variable with name-like subscripts ({@code d_h}, {@code k_1}). */
  static boolean isNameLike(Expr e) {
    if (e instanceof Var) return true;
    return e instanceof Indexed i && i.base() instanceof Var
        && i.indices().stream().allMatch(x -> x instanceof Var || (x instanceof Num n && n.isInteger()));
  }

  private static int matchingBrace(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      if (s.charAt(k) == '{') depth++;
      else if (s.charAt(k) == '}' && --depth == 0) return k;
    }
    return -1;
  }
}
