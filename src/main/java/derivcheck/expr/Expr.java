package derivcheck.expr;

/**
 * The centre of derivcheck: an immutable expression tree.
 *
 * <p>Names of variables and functions are LaTeX snippets in a canonical form ({@code x}, {@code \alpha},
 * {@code \mathbf{x}}, {@code \sigma}, {@code \operatorname{softplus}}), so a name prints as itself. The tree keeps
 * the structure the author wrote ({@code a - b} is {@code Add[a, Neg[b]]}, {@code \frac{a}{b}} is {@code Div}); it is
 * not simplified. Equality is structural.
 */
public sealed interface Expr
    permits Num, Const, Var, Neg, Add, Mul, Div, Pow, Call, Deriv, Abs, Indexed, BigOp,
        // Notation beyond arithmetic (second stage of the parser); the kernel may answer "unsupported" for these.
        Transpose, Tuple, SetLit, MatrixLit, Cases, Dots, Placeholder, Text, Norm, Floor, Ceil, Inner, Infix,
        Compare, Gradient, Limit, Optimize, BigO, ForAll, Indicator, At, Prime {

  /** The direct children, left to right. */
  java.util.List<Expr> children();
}
