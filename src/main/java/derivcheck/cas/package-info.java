/**
 * Computer algebra for derivcheck, through Symja: the only package that imports {@code org.matheclipse}, and no
 * Symja type leaves it. {@link derivcheck.cas.Cas} is the facade: proofs of {@code lhs = rhs} by a portfolio of
 * strategies ({@link derivcheck.cas.ProofAttempt}), and simplified, factored or differentiated forms as our own
 * trees.
 *
 * <p>Inside: {@code ToSymja}/{@code FromSymja} translate (with generated symbols from {@code SymbolTable}, built with
 * the {@code F} factory, never parsed from strings); {@code SymjaLane} runs all Symja work on a daemon worker thread
 * that owns its engine and is abandoned when a job overruns its deadline; {@code Prover} runs the strategies.
 */
package derivcheck.cas;
