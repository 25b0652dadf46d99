/**
 * Numeric evaluation of our own expression trees, for evidence and counterexamples.
 *
 * <ul>
 *   <li>{@link derivcheck.numeric.DoubleCompiler}: compile once, evaluate at many points in double precision; the
 *       kernel lowers derivatives and definitions first.</li>
 *   <li>{@link derivcheck.numeric.PreciseEvaluator}: the same semantics in high precision (BigDecimal series,
 *       π from apfloat), plus numerical derivatives, for re-checking every disagreement.</li>
 *   <li>{@link derivcheck.numeric.Sampler} and {@link derivcheck.numeric.Tolerance}: where to look and what counts
 *       as equal in double precision; {@link derivcheck.numeric.PreciseEvaluator#agree} in high precision.</li>
 * </ul>
 *
 * <p>Shared semantics: real arithmetic only. ln x needs x &gt; 0, sqrt x needs x &gt;= 0, a negative base needs an
 * integer exponent, 0^0 = 1, sign(0) = 0, H(0) = 1/2, relu(0) = 0. Doubles report "no value" as NaN or infinity,
 * the precise evaluator as {@link derivcheck.numeric.PreciseValue.Undefined} with a reason.
 */
package derivcheck.numeric;
