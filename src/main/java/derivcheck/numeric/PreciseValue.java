package derivcheck.numeric;

import java.math.BigDecimal;

/** The outcome of a high-precision evaluation: a finite value, or no value with the reason why. */
public sealed interface PreciseValue permits PreciseValue.Finite, PreciseValue.Undefined {

  /** Why an expression has no value at a point. */
  enum Reason {
    LOG_OF_NON_POSITIVE(true),
    DIVISION_BY_ZERO(true),
    SQRT_OF_NEGATIVE(true),
    NON_REAL_POWER(true),
    /** The expression contains {@code \infty}. */
    INFINITE(true),
    /** A number too large to compute with (e.g. {@code e^{10^{13}}}). */
    OVERFLOW(false),
    /** A numerical derivative did not settle: the function is not smooth near the point, or varies too fast. */
    NOT_CONVERGED(false),
    /** The results at two working precisions differ: cancellation ate the significant digits. */
    PRECISION_LOSS(false),
    /** The expression uses a construct the evaluator does not handle (unknown function, free variable...). */
    UNSUPPORTED(false);

    private final boolean domain;

    Reason(boolean domain) {
      this.domain = domain;
    }

    /** True when the expression mathematically has no real value here; false when we merely could not compute it. */
    public boolean isDomainError() {
      return domain;
    }
  }

  boolean isFinite();

  /** A value accurate, as far as the evaluator can tell, far beyond the tolerance of {@link PreciseEvaluator#agree}. */
  record Finite(BigDecimal value) implements PreciseValue {
    public Finite {
      if (value == null) throw new IllegalArgumentException("null value");
    }

    @Override
    public boolean isFinite() {
      return true;
    }
  }

  record Undefined(Reason reason, String detail) implements PreciseValue {
    public Undefined {
      if (reason == null) throw new IllegalArgumentException("null reason");
      detail = detail == null ? "" : detail;
    }

    @Override
    public boolean isFinite() {
      return false;
    }
  }
}
