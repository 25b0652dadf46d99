package derivcheck.parse;

import java.util.Map;
import java.util.Set;

/** What the generic command token ({@code \word}) and unicode symbols may mean. */
final class Commands {
  private Commands() {}

  /** Greek letters and letter-like symbols: names of variables (or functions, when declared). */
  static final Set<String> LETTERS = Set.of(
      "\\alpha", "\\beta", "\\gamma", "\\delta", "\\epsilon", "\\varepsilon", "\\zeta", "\\eta", "\\theta",
      "\\vartheta", "\\iota", "\\kappa", "\\lambda", "\\mu", "\\nu", "\\xi", "\\varpi", "\\rho", "\\varrho",
      "\\sigma", "\\varsigma", "\\tau", "\\upsilon", "\\phi", "\\varphi", "\\chi", "\\psi", "\\omega",
      "\\Gamma", "\\Delta", "\\Theta", "\\Lambda", "\\Xi", "\\Pi", "\\Sigma", "\\Upsilon", "\\Phi", "\\Psi",
      "\\Omega", "\\ell", "\\imath", "\\jmath");

  /** Functions written like operators: they apply to a following factor without parentheses ({@code \ln x}). */
  static final Set<String> OPERATOR_FUNCTIONS = Set.of(
      "\\sin", "\\cos", "\\tan", "\\sinh", "\\cosh", "\\tanh", "\\exp", "\\ln", "\\log",
      "\\arcsin", "\\arccos", "\\arctan", "\\cot", "\\sec", "\\csc", "\\coth", "\\det");

  /** Other commands with a meaning of their own in the tree builder. */
  static final Set<String> SPECIAL = Set.of(
      "\\pi", "\\infty", "\\partial", "\\nabla", "\\sum", "\\prod", "\\lim", "\\sgn");

  /** Known LaTeX that derivcheck does not read, with the reason given to the author. */
  static final Map<String, String> UNSUPPORTED = Map.ofEntries(
      Map.entry("\\int", "integrals are not supported"),
      Map.entry("\\iint", "integrals are not supported"),
      Map.entry("\\oint", "integrals are not supported"),
      Map.entry("\\pm", "'\\pm' is not supported: write the two cases separately"),
      Map.entry("\\mp", "'\\mp' is not supported: write the two cases separately"),
      Map.entry("\\exists", "'\\exists' is not supported"),
      Map.entry("\\cup", "set union '\\cup' is not supported"),
      Map.entry("\\cap", "set intersection '\\cap' is not supported"),
      Map.entry("\\setminus", "'\\setminus' is not supported"),
      Map.entry("\\sim", "'\\sim' is not supported"),
      Map.entry("\\equiv", "'\\equiv' is not supported: write '=' or ':='"),
      Map.entry("\\Rightarrow", "implications are not supported: write one chain per claim"),
      Map.entry("\\implies", "implications are not supported: write one chain per claim"),
      Map.entry("\\iff", "equivalences are not supported: write one chain per claim"),
      Map.entry("\\Leftrightarrow", "equivalences are not supported: write one chain per claim"),
      Map.entry("\\Leftarrow", "implications are not supported: write one chain per claim"),
      Map.entry("\\mid", "set-builder notation '\\mid' is not supported"),
      Map.entry("\\oplus", "'\\oplus' is not supported"),
      Map.entry("\\binom", "'\\binom' is not supported"),
      Map.entry("\\choose", "'\\choose' is not supported"),
      Map.entry("\\over", "'\\over' is not supported: write \\frac{a}{b}"),
      Map.entry("\\overset", "'\\overset' is not supported"),
      Map.entry("\\stackrel", "'\\stackrel' is not supported"),
      Map.entry("\\not", "'\\not' is not supported: write \\neq or \\notin"),
      Map.entry("\\emptyset", "the empty set is not supported"),
      Map.entry("\\varnothing", "the empty set is not supported"),
      Map.entry("\\ll", "'\\ll' is not supported"),
      Map.entry("\\gg", "'\\gg' is not supported"),
      Map.entry("\\arg", "'\\arg' is only understood as \\arg\\min or \\arg\\max"),
      Map.entry("\\middle", "'\\middle' is not supported"),
      Map.entry("\\hline", "'\\hline' is not supported"),
      Map.entry("\\wedge", "logical connectives are not supported"),
      Map.entry("\\vee", "logical connectives are not supported"),
      Map.entry("\\land", "logical connectives are not supported"),
      Map.entry("\\lor", "logical connectives are not supported"),
      Map.entry("\\neg", "logical connectives are not supported"),
      Map.entry("\\lnot", "logical connectives are not supported"),
      Map.entry("\\text", "'\\text' needs a braced argument, as in \\text{word}"),
      Map.entry("\\mathrm", "'\\mathrm' needs a braced argument, as in \\mathrm{d}"),
      Map.entry("\\operatorname", "'\\operatorname' needs a braced argument, as in \\operatorname{name}"));

  /** Unicode characters and the LaTeX they stand for ({@code σ} is {@code \sigma}). */
  static final Map<Character, String> UNICODE = Map.ofEntries(
      Map.entry('α', "\\alpha"), Map.entry('β', "\\beta"), Map.entry('γ', "\\gamma"), Map.entry('δ', "\\delta"),
      Map.entry('ε', "\\varepsilon"), Map.entry('ϵ', "\\epsilon"), Map.entry('ζ', "\\zeta"), Map.entry('η', "\\eta"),
      Map.entry('θ', "\\theta"), Map.entry('ϑ', "\\vartheta"), Map.entry('ι', "\\iota"), Map.entry('κ', "\\kappa"),
      Map.entry('λ', "\\lambda"), Map.entry('μ', "\\mu"), Map.entry('ν', "\\nu"), Map.entry('ξ', "\\xi"),
      Map.entry('ο', "o"), Map.entry('π', "\\pi"), Map.entry('ρ', "\\rho"), Map.entry('ς', "\\varsigma"),
      Map.entry('σ', "\\sigma"), Map.entry('τ', "\\tau"), Map.entry('υ', "\\upsilon"), Map.entry('φ', "\\varphi"),
      Map.entry('ϕ', "\\phi"), Map.entry('χ', "\\chi"), Map.entry('ψ', "\\psi"), Map.entry('ω', "\\omega"),
      Map.entry('Α', "A"), Map.entry('Β', "B"), Map.entry('Γ', "\\Gamma"), Map.entry('Δ', "\\Delta"),
      Map.entry('Ε', "E"), Map.entry('Ζ', "Z"), Map.entry('Η', "H"), Map.entry('Θ', "\\Theta"), Map.entry('Ι', "I"),
      Map.entry('Κ', "K"), Map.entry('Λ', "\\Lambda"), Map.entry('Μ', "M"), Map.entry('Ν', "N"),
      Map.entry('Ξ', "\\Xi"), Map.entry('Ο', "O"), Map.entry('Π', "\\Pi"), Map.entry('Ρ', "P"),
      Map.entry('Σ', "\\Sigma"), Map.entry('Τ', "T"), Map.entry('Υ', "\\Upsilon"), Map.entry('Φ', "\\Phi"),
      Map.entry('Χ', "X"), Map.entry('Ψ', "\\Psi"), Map.entry('Ω', "\\Omega"), Map.entry('ℓ', "\\ell"),
      Map.entry('∞', "\\infty"), Map.entry('∂', "\\partial"), Map.entry('∇', "\\nabla"), Map.entry('∑', "\\sum"),
      Map.entry('∏', "\\prod"));

  /** Friendlier words for stray characters. */
  static final Map<String, String> STRAY = Map.of(
      "$", "'$' (a math delimiter) inside the formula",
      "!", "the factorial '!' is not supported",
      "#", "unexpected character '#'",
      "%", "unexpected character '%' (a LaTeX comment?)",
      "\\", "a lone '\\' is not a command");

  static boolean isKnown(String cmd) {
    return LETTERS.contains(cmd) || OPERATOR_FUNCTIONS.contains(cmd) || SPECIAL.contains(cmd);
  }
}
