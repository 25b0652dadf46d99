package derivcheck.render;

import derivcheck.expr.Add;
import derivcheck.expr.BigOp;
import derivcheck.expr.Compare;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Infix;
import derivcheck.expr.Limit;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import java.util.List;

/**
 * The parser's precedence levels (grammar/README.md), loosest first, as the LaTeX printer needs them. Two measures
 * of a node printed without parentheses:
 * <ul>
 *   <li>{@link #level}: the loosest operator at its top. A slot that the parser fills at level {@code L} takes a node
 *       of level at least {@code L}; anything looser is grouped.
 *   <li>{@link #reach}: how far its right end extends. Operators whose body is "the rest of the term"
 *       ({@code \frac{d}{dx}}, {@code \sum}, {@code \lim}), "the rest of the expression" ({@code \min_{x}}) or "the
 *       rest of the statement" ({@code \forall}) swallow an operator that follows them at that level or tighter, so
 *       such a node is grouped when something follows. A node closed on the right reaches {@link #NOTHING}.
 * </ul>
 * The grouping decisions that {@code reach} looks through are the printer's own ({@link #groupsNegated},
 * {@link #groupsSumTerm}, {@link #groupsFactor}, {@link #groupsInfixRight}), so the two cannot disagree.
 */
final class LatexLevels {
  private LatexLevels() {}

  static final int RELATION = 0; // a = b \le c, a Compare inside a formula
  static final int QUANTIFIER = 1; // \forall x
  static final int TYPING = 2; // f : A
  static final int MAPS = 3; // A \to B, x \mapsto y, \theta \leftarrow \theta - g (right-associative)
  static final int MEMBERSHIP = 4; // \in \notin \subset \subseteq \propto (left-associative)
  static final int SUM = 5; // a + b, a - b
  static final int SIGN = 6; // -a
  static final int EXPLICIT = 7; // \cdot \times / * \circ \bmod \odot \otimes (left-associative)
  static final int IMPLICIT = 8; // juxtaposition, and prefixes such as \nabla, \sum, \min_{x}
  static final int ATOM = 9; // scripts, brackets, fractions, single tokens
  /** The reach of a node that is closed on the right: nothing after it is swallowed. */
  static final int NOTHING = 10;

  static int level(Expr e) {
    if (e instanceof Compare) return RELATION;
    if (e instanceof ForAll) return QUANTIFIER;
    if (e instanceof Infix i) return level(i.op());
    if (e instanceof Add) return SUM;
    if (e instanceof Neg || isNegative(e)) return SIGN;
    // A product may be written with \cdot, so it counts as explicit.
    if (e instanceof Mul) return EXPLICIT;
    if (e instanceof Deriv || e instanceof BigOp || e instanceof Limit || e instanceof Optimize
        || e instanceof Gradient) {
      return IMPLICIT;
    }
    return ATOM;
  }

  static int level(Infix.Op op) {
    return switch (op) {
      case COLON -> TYPING;
      case TO, MAPSTO, ASSIGN -> MAPS;
      case IN, NOTIN, SUBSET, SUBSETEQ, PROPTO -> MEMBERSHIP;
      case STAR, FULL_STAR, CIRCULAR_STAR, COMPOSE, MOD, HADAMARD, OTIMES -> EXPLICIT;
    };
  }

  /** The loosest level of an operator that, written right after {@code e}, would be read as part of {@code e}. */
  static int reach(Expr e) {
    if (e instanceof Deriv) return EXPLICIT; // its body is grouped unless it is atomic
    if (e instanceof Gradient) return EXPLICIT; // \nabla takes every factor after it
    if (e instanceof BigOp b) return Math.min(EXPLICIT, bodyReach(b.body(), EXPLICIT));
    if (e instanceof Limit l) return Math.min(EXPLICIT, bodyReach(l.body(), EXPLICIT));
    if (e instanceof Optimize o) return Math.min(SUM, bodyReach(o.body(), SUM));
    if (e instanceof ForAll a) return Math.min(TYPING, bodyReach(a.bound(), QUANTIFIER));
    if (e instanceof Neg n) return groupsNegated(n.arg()) ? NOTHING : reach(n.arg());
    if (e instanceof Add a) return lastTermReach(a.terms());
    if (e instanceof Mul m) {
      Expr last = m.factors().get(m.factors().size() - 1);
      return groupsFactor(last, true) ? NOTHING : reach(last);
    }
    if (e instanceof Infix i) return groupsInfixRight(i.op(), i.rhs()) ? NOTHING : reach(i.rhs());
    if (e instanceof Compare c) return bodyReach(c.terms().get(c.terms().size() - 1), QUANTIFIER);
    return NOTHING;
  }

  private static int lastTermReach(List<Expr> terms) {
    Expr last = terms.get(terms.size() - 1);
    if (last instanceof Neg n) return groupsNegated(n.arg()) ? NOTHING : reach(n.arg());
    return groupsSumTerm(last, true) ? NOTHING : reach(last);
  }

  /** The reach of a body printed bare when its level is at least {@code minLevel}, grouped otherwise. */
  private static int bodyReach(Expr body, int minLevel) {
    return level(body) < minLevel ? NOTHING : reach(body);
  }

  // ---- the printer's grouping decisions

  /** The argument of a minus sign is grouped when it is a sum, a negation, a negative literal or looser. */
  static boolean groupsNegated(Expr arg) {
    return arg instanceof Add || arg instanceof Neg || isNegative(arg) || level(arg) < SIGN;
  }

  /** A term of a sum other than a negation (which prints as subtraction). */
  static boolean groupsSumTerm(Expr t, boolean last) {
    return t instanceof Add || isNegative(t) || level(t) < SIGN || (!last && reach(t) <= SUM);
  }

  /** A factor of a product: sums, products, negations, operators and anything that would swallow what follows. */
  static boolean groupsFactor(Expr f, boolean last) {
    return level(f) < IMPLICIT || (!last && reach(f) <= IMPLICIT);
  }

  /** The left operand of a binary operator. */
  static boolean groupsInfixLeft(Infix.Op op, Expr lhs) {
    int opLevel = level(op);
    int min = switch (opLevel) {
      case TYPING -> MAPS; // f : A has one colon
      case MAPS -> MEMBERSHIP; // right-associative
      default -> opLevel; // left-associative
    };
    return level(lhs) < min || reach(lhs) <= opLevel;
  }

  /** The right operand of a binary operator. */
  static boolean groupsInfixRight(Infix.Op op, Expr rhs) {
    int min = switch (level(op)) {
      case TYPING, MAPS -> MAPS; // a map's right side is a map: A \to B \to C is A \to (B \to C)
      case MEMBERSHIP -> SUM;
      default -> IMPLICIT; // a * b c is a * (b c); a * b \cdot c is (a * b) c
    };
    return level(rhs) < min;
  }

  static boolean isNegative(Expr e) {
    return e instanceof Num n && n.value().signum() < 0;
  }
}
