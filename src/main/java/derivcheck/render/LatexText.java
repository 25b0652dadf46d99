package derivcheck.render;

import java.util.Map;

/** Escaping for text that goes into a LaTeX document compiled with pdflatex. */
public final class LatexText {
  /** Characters outside Latin-1 that turn up in notes and Markdown, and what pdflatex can print for them. */
  private static final Map<Character, String> SYMBOLS = Map.ofEntries(
      Map.entry('α', "\\alpha"), Map.entry('β', "\\beta"), Map.entry('γ', "\\gamma"), Map.entry('δ', "\\delta"),
      Map.entry('ε', "\\varepsilon"), Map.entry('η', "\\eta"), Map.entry('θ', "\\theta"), Map.entry('λ', "\\lambda"),
      Map.entry('μ', "\\mu"), Map.entry('π', "\\pi"), Map.entry('ρ', "\\rho"), Map.entry('σ', "\\sigma"),
      Map.entry('τ', "\\tau"), Map.entry('φ', "\\varphi"), Map.entry('ϕ', "\\phi"), Map.entry('ψ', "\\psi"),
      Map.entry('ω', "\\omega"), Map.entry('Σ', "\\Sigma"), Map.entry('Δ', "\\Delta"), Map.entry('∂', "\\partial"),
      Map.entry('∇', "\\nabla"), Map.entry('∑', "\\sum"), Map.entry('∞', "\\infty"), Map.entry('≤', "\\le"),
      Map.entry('≥', "\\ge"), Map.entry('≠', "\\neq"), Map.entry('≈', "\\approx"), Map.entry('→', "\\to"),
      Map.entry('∈', "\\in"), Map.entry('×', "\\times"), Map.entry('·', "\\cdot"), Map.entry('−', "-"),
      Map.entry('⋅', "\\cdot"), Map.entry('√', "\\surd"), Map.entry('✓', "\\surd"), Map.entry('ℓ', "\\ell"));
  private static final Map<Character, String> TEXT_SAFE = Map.of(
      '–', "--", '—', "---", '‘', "`", '’', "'", '“', "``", '”', "''", '…', "\\dots{}", '•', "\\textbullet{}");

  private LatexText() {}

  /** Plain text for a text-mode context: TeX's special characters escaped, symbols as math. */
  public static String escape(String s) {
    var b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': b.append("\\textbackslash{}"); break;
        case '{': case '}': case '$': case '&': case '#': case '%': case '_': b.append('\\').append(c); break;
        case '^': b.append("\\^{}"); break;
        case '~': b.append("\\~{}"); break;
        case '<': b.append("\\textless{}"); break;
        case '>': b.append("\\textgreater{}"); break;
        case '|': b.append("\\textbar{}"); break;
        default: b.append(unicode(c, true));
      }
    }
    return b.toString();
  }

  /** A character pdflatex can typeset: in text ({@code inText}) symbols become inline math. */
  public static String unicode(char c, boolean inText) {
    if (c < 0x100) return String.valueOf(c);
    String t = TEXT_SAFE.get(c);
    if (t != null) return t;
    String m = SYMBOLS.get(c);
    if (m != null) return inText ? "$" + m + "$" : m + " ";
    return "?";
  }

  /** Mathematics copied from a document, with unicode symbols turned into commands. */
  public static String math(String s) {
    var b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) b.append(unicode(s.charAt(i), false));
    return b.toString();
  }

  /** {@code s} cut to {@code max} characters with an ellipsis. */
  public static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3).stripTrailing() + "...";
  }
}
