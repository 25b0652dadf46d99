package derivcheck.parse;

import derivcheck.expr.Expr;
import derivcheck.parse.antlr.LatexMathParser.FactorContext;
import derivcheck.parse.antlr.LatexMathParser.ScriptContext;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One factor of a juxtaposed product while the product is being read. Names and parentheses stay apart until the
 * builder knows whether {@code name(...)} is a call; prefixes ({@code \ln}, {@code \nabla}, {@code \sum},
 * {@code \frac{d}{dx}}) wait for the factors they apply to.
 */
sealed interface Piece {
  ParserRuleContext ctx();

  /** A finished factor. {@code plainNumber} marks a bare literal, to refuse {@code 2 3}. */
  record Operand(Expr expr, ParserRuleContext ctx, boolean plainNumber) implements Piece {
    Operand(Expr expr, ParserRuleContext ctx) {
      this(expr, ctx, false);
    }
  }

  /**
   * A name ({@code x}, {@code \alpha}, {@code \mathbf{x}}, {@code \operatorname{softplus}}, {@code \ln}) with its
   * scripts, not yet resolved. {@code operatorStyle} names ({@code \ln}) may apply without parentheses.
   */
  record Name(String base, boolean bold, boolean wordy, boolean operatorStyle, Scripts scripts, FactorContext ctx)
      implements Piece {}

  /** A bracketed list {@code (a, b)} or {@code [a, b]} with its scripts; a call's arguments when after a name. */
  record Parens(List<Expr> items, boolean round, Scripts scripts, FactorContext ctx) implements Piece {}

  /** {@code \ln}, {@code \tanh^2}: applies to the following factors up to the next such prefix. */
  record FunctionPrefix(String fn, int primes, ScriptContext power, ParserRuleContext ctx) implements Piece {}

  /** {@code \nabla} or {@code \nabla_{x}}: applies to the next factor. */
  record GradientPrefix(Expr var, ParserRuleContext ctx) implements Piece {}

  /**
   * {@code \sum}, {@code \prod}, {@code \lim} and derivative operators: apply to the rest of the term.
   * {@code missingBody} is the message when nothing follows.
   */
  record TermPrefix(Function<Expr, Expr> apply, String missingBody, ParserRuleContext ctx) implements Piece {}

  /** An explicit operator between juxtaposed groups: {@code \cdot}, {@code /}, ..., optionally followed by a sign. */
  record Operator(int tokenType, boolean negate, ParserRuleContext ctx) implements Piece {}

  /** The sub- and superscript and prime count written after a factor. */
  record Scripts(ScriptContext sub, ScriptContext sup, int primes) {
    static final Scripts NONE = new Scripts(null, null, 0);

    boolean none() {
      return sub == null && sup == null && primes == 0;
    }
  }
}
