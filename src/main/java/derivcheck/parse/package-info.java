/**
 * LaTeX mathematics as people write it, read into the {@code derivcheck.expr} tree. The only package that imports
 * ANTLR; the grammar is {@code grammar/derivcheck/parse/antlr/LatexMath.g4}.
 *
 * <p>Entry point: {@link derivcheck.parse.LatexParser} with {@link derivcheck.parse.ParseOptions}; every failure is a
 * {@link derivcheck.parse.ParseError} with a 1-based line and column and a reason in words.
 *
 * <p>The reading rules (precedence, when {@code name(...)} is a call, how far the body of {@code \frac{d}{dx}},
 * {@code \sum} and {@code \min_x} extends, labels such as {@code w^{(t)}} inside names, side conditions and notes after
 * a chain) are written down in {@code grammar/README.md}. In short:
 * <ul>
 *   <li>implicit multiplication binds tighter than {@code /} and {@code \cdot};</li>
 *   <li>{@code e} is Euler's number, {@code i, j, k} are variables;</li>
 *   <li>a builtin, declared, prefix ({@code \ln}) or word ({@code \text{softplus}}) name before parentheses is a call,
 *       and so are {@code f, g, h} and capital letters when the parenthesis follows immediately;</li>
 *   <li>prefix functions without parentheses take the following factors up to the next prefix ({@code \sin 2x});</li>
 *   <li>derivative operators, sums, products and limits take the rest of the term; min, max and argmin take the rest
 *       of the expression.</li>
 * </ul>
 */
package derivcheck.parse;
