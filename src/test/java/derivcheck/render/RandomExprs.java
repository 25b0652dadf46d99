package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random expression trees for property tests (printer and parser round trips, evaluator agreement).
 *
 * <p>Trees are in the form the parser produces, so that {@code parse(LatexPrinter.print(t)).equals(t)} is a fair
 * property:
 * <ul>
 *   <li>numbers are non-negative literals (integers 0..12 and a few short decimals); a minus sign is always a
 *       {@code Neg} node, so {@code Neg[Num 2]} (printed {@code -2}) does occur: the parser is expected to read
 *       {@code -2} as {@code Neg[2]}, not as a negative literal;
 *   <li>no {@code Add} directly inside an {@code Add} and no {@code Mul} directly inside a {@code Mul} (the parser
 *       may flatten {@code a + (b + c)}); such nesting happens only through another node;
 *   <li>variables {@code x}, {@code y}, {@code \alpha}, {@code \mathbf{x}}; never {@code e} (Euler's number) nor a
 *       function name;
 *   <li>calls use canonical builtin names with their arity ({@code \max}/{@code \min} with 2 or 3 arguments) or
 *       {@code f}, {@code g}, {@code h}; primes 0..2 on one-argument functions other than {@code \sqrt};
 *   <li>derivatives with respect to a variable or {@code x_{1}}, order 1 or 2, ordinary or partial;
 *   <li>subscripts on {@code x}, {@code W}, {@code \mathbf{x}} with one or two indices among {@code 1..3},
 *       {@code i}, {@code j}, {@code k}, and {@code i + 1} as a lone index;
 *   <li>no big operators (their scope rules are the parser's to settle first).
 * </ul>
 */
public final class RandomExprs {
  private static final List<Var> VARS = List.of(
      new Var("x"), new Var("y"), new Var("\\alpha"), new Var("\\mathbf{x}"));
  private static final List<Var> INDEX_VARS = List.of(new Var("i"), new Var("j"), new Var("k"));
  private static final List<Var> INDEXED_BASES = List.of(new Var("x"), new Var("W"), new Var("\\mathbf{x}"));
  private static final List<String> DECIMALS = List.of("0.5", "1.5", "0.25", "2.5", "0.1");
  private static final List<String> GENERIC_FUNCTIONS = List.of("f", "g", "h");

  private final Random random;

  public RandomExprs(long seed) {
    this.random = new Random(seed);
  }

  /** A tree of depth at most {@code maxDepth} (a leaf has depth 0). */
  public Expr next(int maxDepth) {
    return any(maxDepth);
  }

  /** A tree of depth at most 4: big enough to exercise precedence, small enough to read in a failure message. */
  public Expr next() {
    return next(4);
  }

  /** {@code count} trees of depth at most {@code maxDepth}. */
  public List<Expr> list(int count, int maxDepth) {
    var out = new ArrayList<Expr>(count);
    for (int i = 0; i < count; i++) out.add(next(maxDepth));
    return out;
  }

  private Expr any(int depth) {
    if (depth <= 0 || random.nextInt(5) == 0) return leaf();
    int d = depth - 1;
    return switch (random.nextInt(11)) {
      case 0 -> new Neg(any(d));
      case 1 -> new Add(operands(d, Add.class));
      case 2 -> new Mul(operands(d, Mul.class));
      case 3 -> new Div(any(d), any(d));
      case 4 -> new Pow(any(d), any(d));
      case 5 -> new Pow(Const.E, any(d));
      case 6, 7 -> call(d);
      case 8 -> deriv(d);
      case 9 -> new Abs(any(d));
      default -> indexed();
    };
  }

  private Expr leaf() {
    return switch (random.nextInt(10)) {
      case 0, 1 -> Num.of(random.nextInt(13));
      case 2 -> Num.parse(pick(DECIMALS));
      case 3 -> random.nextInt(8) == 0 ? Const.INFINITY : random.nextBoolean() ? Const.E : Const.PI;
      case 4 -> indexed();
      default -> pick(VARS);
    };
  }

  /** Two or three operands, none of them the same node type as their parent. */
  private List<Expr> operands(int depth, Class<? extends Expr> parent) {
    int n = 2 + random.nextInt(2);
    var out = new ArrayList<Expr>(n);
    while (out.size() < n) {
      Expr e = any(depth);
      if (!parent.isInstance(e)) out.add(e);
    }
    return out;
  }

  private Expr call(int depth) {
    if (random.nextInt(4) == 0) {
      String fn = pick(GENERIC_FUNCTIONS);
      int arity = 1 + random.nextInt(2);
      return new Call(fn, arity == 1 ? random.nextInt(3) : 0, args(arity, depth));
    }
    Builtin b = pick(List.of(Builtin.values()));
    int arity = b.arity() < 0 ? 2 + random.nextInt(2) : b.arity();
    boolean primable = arity == 1 && b != Builtin.SQRT;
    return new Call(b.latex(), primable ? random.nextInt(3) : 0, args(arity, depth));
  }

  private List<Expr> args(int n, int depth) {
    var out = new ArrayList<Expr>(n);
    for (int i = 0; i < n; i++) out.add(any(depth));
    return out;
  }

  private Expr deriv(int depth) {
    Expr var = random.nextInt(5) == 0 ? new Indexed(new Var("x"), List.of(Num.ONE)) : pick(VARS);
    return new Deriv(any(depth), var, 1 + random.nextInt(2), random.nextBoolean());
  }

  private Expr indexed() {
    Var base = pick(INDEXED_BASES);
    if (random.nextInt(6) == 0) return new Indexed(base, List.of(Add.of(pick(INDEX_VARS), Num.ONE)));
    int n = 1 + random.nextInt(2);
    var idx = new ArrayList<Expr>(n);
    for (int i = 0; i < n; i++) idx.add(random.nextBoolean() ? Num.of(1 + random.nextInt(3)) : pick(INDEX_VARS));
    return new Indexed(base, idx);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
