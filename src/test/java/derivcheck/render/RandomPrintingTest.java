package derivcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of the printers over seeded random trees. Until the parser lands these check the LaTeX is well formed
 * and free of the known ambiguities; the round trip through the parser belongs next to the parser.
 */
class RandomPrintingTest {
  private static final List<Expr> TREES = new RandomExprs(20240601L).list(3000, 5);

  @Test
  void generatorIsDeterministicAndInParserForm() {
    assertEquals(new RandomExprs(7).list(50, 4), new RandomExprs(7).list(50, 4));
    for (Expr t : TREES) {
      assertFalse(Exprs.any(t, e -> e instanceof Add a && a.terms().stream().anyMatch(x -> x instanceof Add)),
          () -> TextForm.print(t));
      assertFalse(Exprs.any(t, e -> e instanceof Mul m && m.factors().stream().anyMatch(x -> x instanceof Mul)),
          () -> TextForm.print(t));
      assertFalse(Exprs.any(t, e -> e instanceof Num n && n.value().signum() < 0), () -> TextForm.print(t));
    }
  }

  @Test
  void generatorCoversTheTree() {
    Set<String> seen = new HashSet<>();
    for (Expr t : TREES) {
      Exprs.any(t, e -> {
        seen.add(e.getClass().getSimpleName());
        if (e instanceof Call c && c.primes() > 0) seen.add("prime");
        if (e instanceof Deriv d && d.partial()) seen.add("partial");
        if (e instanceof Deriv d && d.order() == 2) seen.add("second order");
        if (e instanceof Neg n && n.arg() instanceof Num) seen.add("negated number");
        if (e instanceof Num n && !n.isInteger()) seen.add("decimal");
        return false;
      });
    }
    for (String kind : List.of("Num", "Const", "Var", "Neg", "Add", "Mul", "Div", "Pow", "Call", "Deriv", "Abs",
        "Indexed", "prime", "partial", "second order", "negated number", "decimal")) {
      assertTrue(seen.contains(kind), kind);
    }
  }

  @Test
  void textFormTellsEveryTwoTreesApart() {
    var byText = new HashMap<String, Expr>();
    for (Expr t : TREES) {
      Expr before = byText.putIfAbsent(TextForm.print(t), t);
      if (before != null) assertEquals(before, t, "same text for different trees: " + TextForm.print(t));
    }
  }

  @Test
  void latexIsWellFormed() {
    for (Expr t : TREES) {
      String latex = LatexPrinter.print(t);
      String problem = problem(latex);
      if (problem != null) fail(problem + " in " + latex + "\nfrom " + TextForm.print(t));
    }
  }

  @Test
  void plainTextPrintsEveryTree() {
    for (Expr t : TREES) assertFalse(PlainText.print(t).isBlank());
  }

  private static final Pattern SIGN_AFTER_SIGN = Pattern.compile("[-+] *[-+]|\\\\cdot -");
  private static final Pattern DIGIT_SPACE_DIGIT = Pattern.compile("\\d \\.?\\d");

  /** The first sign that {@code latex} is malformed or ambiguous, or null. */
  static String problem(String latex) {
    if (SIGN_AFTER_SIGN.matcher(latex).find()) return "two signs in a row";
    if (DIGIT_SPACE_DIGIT.matcher(latex).find()) return "juxtaposed numbers";
    var delimiters = new ArrayDeque<Character>();
    int braces = 0;
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      if (c == '{') braces++;
      if (c == '}' && --braces < 0) return "unbalanced }";
      if (latex.startsWith("\\left", i)) delimiters.push(latex.charAt(i + 5));
      if (latex.startsWith("\\right", i)) {
        char close = latex.charAt(i + 6);
        if (delimiters.isEmpty()) return "\\right without \\left";
        char open = delimiters.pop();
        if ((open == '(' && close != ')') || (open == '|' && close != '|')) return "mismatched \\left/\\right";
      }
      if ((c == '^' || c == '_') && i + 1 < latex.length() && latex.charAt(i + 1) == '{') {
        int end = closingBrace(latex, i + 1);
        if (end + 1 < latex.length() && latex.charAt(end + 1) == c) return "double " + (c == '^' ? "super" : "sub")
            + "script";
      }
      // A minus is unary after an opener or a comma, and binary with a space on both sides.
      if (c == '-' && i > 0) {
        char before = latex.charAt(i - 1);
        boolean unary = before == '(' || before == '{' || before == '|';
        boolean binary = before == ' ' && i + 1 < latex.length() && latex.charAt(i + 1) == ' ';
        boolean argument = before == ' ' && i >= 2 && latex.charAt(i - 2) == ',';
        if (!unary && !binary && !argument) return "minus sign glued to a factor";
      }
    }
    if (braces != 0) return "unbalanced {";
    if (!delimiters.isEmpty()) return "\\left without \\right";
    return null;
  }

  private static int closingBrace(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') depth++;
      if (s.charAt(i) == '}' && --depth == 0) return i;
    }
    return s.length();
  }
}
