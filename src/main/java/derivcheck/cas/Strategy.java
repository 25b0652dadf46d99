package derivcheck.cas;

/**
 * The ways the prover tries to reduce {@code d = lhs - rhs} to exactly 0, in the order it tries them (cheapest and
 * most general first; see {@link Prover}). A strategy that does not reach 0 proves nothing and refutes nothing.
 */
enum Strategy {
  /** Plain evaluation of d: computes derivatives and applies fixed values from the assumptions. */
  EVALUATE("evaluate"),
  /**
   * {@code Together} after {@link Atomizer}: exponentials split into one symbol per monomial of the exponent, other
   * transcendental values as symbols; cheap, and proves the softmax and log-sum-exp identities of layers whose
   * pre-activations are large expressions, where plain Together and Simplify take seconds.
   */
  ATOMS("together-atoms"),
  /** {@code Together[d]}: one fraction over a common denominator. */
  TOGETHER("together"),
  /**
   * {@code Together[ExpandAll[d]]}: multiplies out first, so that powers of e written differently
   * ({@code e^{2(a+b)}}, {@code e^{2a+2b}}) meet as one term; tried first for
   * the entries of vector claims ({@link Cas#proveEntryAsync}), where Together alone is slow on softmax Jacobian products.
   */
  TOGETHER_EXPAND("together-expand"),
  /** {@code Together[TrigToExp[d]]}: tanh, sinh, ... as exponentials, then one fraction. */
  TRIG_TO_EXP("together-trigtoexp"),
  /** {@code Together[Refine[lhs - rhs, assumptions]]}, derivatives taken under the assumptions; only with some. */
  REFINE("together-refine"),
  /** Each partial derivative of d is 0 (by the strategies above), d is smooth on R^n, and d = 0 at one point. */
  ZERO_GRADIENT("zero-gradient"),
  /** {@code Simplify[d]}. */
  SIMPLIFY("simplify"),
  /** {@code Simplify[d, vars real && assumptions]}. */
  SIMPLIFY_REAL("simplify-real"),
  /** For each sign of each argument of |.| and sign(.), {@code Together[Refine[d, u > 0]]} (and {@code u < 0}). */
  SIGN_CASES("sign-cases"),
  /** {@code Together[PowerExpand[d]]}; assumes arguments of logs and powers positive. */
  POWER_EXPAND("together-powerexpand"),
  /** {@code FullSimplify[d]}: expensive, last. */
  FULL_SIMPLIFY("fullsimplify");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /** The name reported in {@link ProofAttempt#strategy()}. */
  String label() {
    return label;
  }
}
