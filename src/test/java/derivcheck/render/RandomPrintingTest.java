package derivcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Gradient;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of the printers over seeded random trees, with and without the notation records: the LaTeX is well
 * formed and free of the known ambiguities, the text form is injective. The round trip through the parser is
 * {@code derivcheck.parse.RoundTripTest}.
 */
class RandomPrintingTest {
  private static final List<Expr> TREES = new RandomExprs(20240601L).list(3000, 5);
  private static final List<Expr> NOTATION = RandomExprs.withNotation(20240602L).list(3000, 5);

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
  void notationGeneratorCoversEveryRecord() {
    Set<String> seen = new HashSet<>();
    for (Expr t : NOTATION) {
      Exprs.any(t, e -> {
        seen.add(e.getClass().getSimpleName());
        if (e instanceof Tuple u && u.bracket() == Tuple.Bracket.SQUARE) seen.add("square tuple");
        if (e instanceof Norm n && n.p() != null) seen.add("p-norm");
        if (e instanceof Gradient g && g.var() != null) seen.add("gradient variable");
        if (e instanceof Optimize o && o.over() instanceof Compare) seen.add("optimum over a comparison");
        return false;
      });
    }
    for (String kind : List.of("Transpose", "Tuple", "SetLit", "MatrixLit", "Cases", "Dots", "Placeholder", "Text",
        "Norm", "Floor", "Ceil", "Inner", "Compare", "Gradient", "Limit", "Optimize", "BigO", "ForAll", "Indicator",
        "Infix", "BigOp", "square tuple", "p-norm", "gradient variable", "optimum over a comparison")) {
      assertTrue(seen.contains(kind), kind);
    }
    assertEquals(RandomExprs.withNotation(7).list(50, 4), RandomExprs.withNotation(7).list(50, 4));
  }

  @Test
  void textFormTellsEveryTwoTreesApart() {
    var byText = new HashMap<String, Expr>();
    for (Expr t : concat(TREES, NOTATION)) {
      Expr before = byText.putIfAbsent(TextForm.print(t), t);
      if (before != null) assertEquals(before, t, "same text for different trees: " + TextForm.print(t));
    }
  }

  @Test
  void latexIsWellFormed() {
    for (Expr t : concat(TREES, NOTATION)) {
      String latex = LatexPrinter.print(t);
      String problem = problem(latex);
      if (problem != null) fail(problem + " in " + latex + "\nfrom " + TextForm.print(t));
    }
  }

  @Test
  void plainTextPrintsEveryTree() {
    for (Expr t : concat(TREES, NOTATION)) assertFalse(PlainText.print(t).isBlank());
  }

  private static List<Expr> concat(List<Expr> a, List<Expr> b) {
    var all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** What a unary minus may follow: openers, separators, relations and statement operators. */
  private static final List<String> UNARY_AFTER = List.of("(", "{", "[", "|", ",", "&", "\\\\", "\\{", "\\|",
      "\\langle", "\\lfloor", "\\lceil", "\\text{if }", "=", "<", ">", "\\le", "\\ge", "\\neq", "\\approx",
      ":", "\\to", "\\mapsto", "\\leftarrow", "\\in", "\\notin", "\\subset", "\\subseteq", "\\propto",
      "\\forall");

  /** The start of an environment's first cell: {@code \\begin{cases}}, {@code \\begin{array}{cc}}. */
  private static final Pattern BEGIN = Pattern.compile("\\\\begin\\{[a-zA-Z]+}(\\{c+})?$");

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
      if (isCommand(latex, i, "\\left")) delimiters.push(latex.charAt(i + 5));
      if (isCommand(latex, i, "\\right")) {
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
      // A minus is unary after an opener, a separator or an operator, and binary with a space on both sides.
      if (c == '-' && i > 0) {
        boolean binary = latex.charAt(i - 1) == ' ' && i + 1 < latex.length() && latex.charAt(i + 1) == ' ';
        String before = latex.substring(0, i).stripTrailing();
        boolean unary = UNARY_AFTER.stream().anyMatch(before::endsWith) || BEGIN.matcher(before).find()
            || afterOptimizer(before);
        if (!unary && !binary) return "minus sign glued to a factor";
      }
    }
    if (braces != 0) return "unbalanced {";
    if (!delimiters.isEmpty()) return "\\left without \\right";
    return null;
  }

  /** {@code before} ends with an optimizer and its range, {@code \\min_{x}}, whose body may start with a sign. */
  private static boolean afterOptimizer(String before) {
    if (!before.endsWith("}")) return false;
    int depth = 0;
    for (int k = before.length() - 1; k >= 0; k--) {
      char ch = before.charAt(k);
      if (ch == '}') depth++;
      if (ch == '{' && --depth == 0) {
        String head = before.substring(0, k);
        return List.of("\\min_", "\\max_", "\\sup_", "\\inf_", "argmin}_", "argmax}_").stream()
            .anyMatch(head::endsWith);
      }
    }
    return false;
  }

  /** {@code command} at {@code i} and not the start of a longer one ({@code \\left} in {@code \\leftarrow}). */
  private static boolean isCommand(String s, int i, String command) {
    int end = i + command.length();
    return s.startsWith(command, i) && end < s.length() && !Character.isLetter(s.charAt(end));
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
