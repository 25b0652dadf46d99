package derivcheck.render;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.BigO;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Cases;
import derivcheck.expr.Ceil;
import derivcheck.expr.Compare;
import derivcheck.expr.Const;
import derivcheck.expr.Deriv;
import derivcheck.expr.Div;
import derivcheck.expr.Dots;
import derivcheck.expr.Expr;
import derivcheck.expr.Floor;
import derivcheck.expr.ForAll;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Infix;
import derivcheck.expr.Inner;
import derivcheck.expr.Limit;
import derivcheck.expr.MatrixLit;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Norm;
import derivcheck.expr.Num;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Pow;
import derivcheck.expr.Relation;
import derivcheck.expr.SetLit;
import derivcheck.expr.Text;
import derivcheck.expr.Transpose;
import derivcheck.expr.Tuple;
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
 *   <li>no big operators (they come with {@link #withNotation}).
 * </ul>
 *
 * <p>{@link #withNotation} adds the notation records (transposes, tuples, sets, matrices, cases, norms, comparisons,
 * gradients, limits, optima, sums and products, O, quantifiers, indicators and the binary operators), each where the
 * parser can read it back: a comparison inside a formula (never the whole tree, which would be a chain), a
 * placeholder only as an argument, a set entry or a norm's argument, text only as a case's condition, an optimum
 * always with a range, an indicator's condition a comparison or a membership.
 * The plain generator draws exactly the numbers it drew before, so seeded sequences do not change.
 */
public final class RandomExprs {
  private static final List<Var> VARS = List.of(
      new Var("x"), new Var("y"), new Var("\\alpha"), new Var("\\mathbf{x}"));
  private static final List<Var> INDEX_VARS = List.of(new Var("i"), new Var("j"), new Var("k"));
  private static final List<Var> INDEXED_BASES = List.of(new Var("x"), new Var("W"), new Var("\\mathbf{x}"));
  private static final List<String> DECIMALS = List.of("0.5", "1.5", "0.25", "2.5", "0.1");
  private static final List<String> GENERIC_FUNCTIONS = List.of("f", "g", "h");

  private final Random random;
  private final boolean notation;

  public RandomExprs(long seed) {
    this(seed, false);
  }

  private RandomExprs(long seed, boolean notation) {
    this.random = new Random(seed);
    this.notation = notation;
  }

  /** A generator that also draws the notation records beyond arithmetic. */
  public static RandomExprs withNotation(long seed) {
    return new RandomExprs(seed, true);
  }

  /** A tree of depth at most {@code maxDepth} (a leaf has depth 0). */
  public Expr next(int maxDepth) {
    Expr e = any(maxDepth);
    while (e instanceof Compare) e = any(maxDepth); // a comparison as a whole is a chain, not an expression
    return e;
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
    if (notation && random.nextInt(2) == 0) return notation(d);
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
    if (notation && random.nextInt(12) == 0) return new Dots(pick(List.of(Dots.Kind.values())));
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
    // \sqrt{..} holds an expression, not an argument list
    return new Call(b.latex(), primable ? random.nextInt(3) : 0, args(arity, depth, b != Builtin.SQRT));
  }

  private List<Expr> args(int n, int depth) {
    return args(n, depth, true);
  }

  private List<Expr> args(int n, int depth, boolean list) {
    var out = new ArrayList<Expr>(n);
    for (int i = 0; i < n; i++) out.add(notation && list ? argument(depth) : any(depth));
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

  // ---- notation

  private static final List<String> MATRIX_ENVIRONMENTS = List.of(
      "bmatrix", "pmatrix", "matrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array");
  private static final List<Expr> NORM_ORDERS = List.of(Num.ONE, Num.TWO, Const.INFINITY, new Var("p"));

  private Expr notation(int d) {
    return switch (random.nextInt(20)) {
      case 0 -> new Transpose(random.nextInt(6) == 0 ? new Var("\\mathbf{W}^{(2)}") : any(d));
      case 1 -> new Tuple(pick(List.of(Tuple.Bracket.values())), items(2 + random.nextInt(2), d));
      case 2 -> new SetLit(setItems(random.nextInt(4), d));
      case 3 -> matrix(d);
      case 4 -> cases(d);
      case 5 -> new Norm(random.nextInt(6) == 0 ? new Placeholder() : any(d),
          random.nextBoolean() ? null : pick(NORM_ORDERS));
      case 6 -> random.nextBoolean() ? new Floor(any(d)) : new Ceil(any(d));
      case 7 -> new Inner(argument(d), argument(d));
      case 8 -> compare(d); // inside a formula: grouped where the parser reads no relation
      case 9 -> new Gradient(any(d), random.nextBoolean() ? null : variable());
      case 10 -> new Limit(variable(), any(d), any(d));
      case 11 -> new Optimize(pick(List.of(Optimize.Kind.values())), range(d), any(d));
      case 12 -> new BigO(any(d));
      case 13 -> new ForAll(random.nextBoolean() ? any(d) : condition(d));
      case 14 -> new Indicator(condition(d));
      case 15 -> Add.of(notSum(d), compare(d)); // grouped where a comparison is not a term
      case 16 -> bigOp(d);
      default -> infix(d);
    };
  }

  private Expr bigOp(int d) {
    BigOp.Kind kind = random.nextBoolean() ? BigOp.Kind.SUM : BigOp.Kind.PROD;
    Var index = pick(INDEX_VARS);
    boolean range = random.nextBoolean();
    return new BigOp(kind, index, range ? any(d) : null, range ? any(d) : null, any(d));
  }

  private Expr notSum(int d) {
    Expr e = any(d);
    return e instanceof Add ? notSum(d) : e;
  }

  private Expr infix(int d) {
    Infix.Op op = pick(List.of(Infix.Op.values()));
    Expr a = any(d);
    Expr b = any(d);
    // a number is never a signal: 8 * x reads as a product, so the convolution of a number is not printable
    if (op == Infix.Op.STAR && (a instanceof derivcheck.expr.Num || b instanceof derivcheck.expr.Num)) {
      op = Infix.Op.FULL_STAR;
    }
    return new Infix(op, a, b);
  }

  /** A variable to differentiate by or take a limit in. */
  private Expr variable() {
    return random.nextInt(5) == 0 ? new Indexed(new Var("x"), List.of(Num.ONE)) : pick(VARS);
  }

  /** An entry of a list or an argument: the parser reads each as a relation chain. */
  private Expr argument(int d) {
    int r = random.nextInt(10);
    if (r == 0) return new Placeholder();
    return r == 1 ? compare(d) : any(d);
  }

  private List<Expr> items(int n, int d) {
    var out = new ArrayList<Expr>(n);
    for (int i = 0; i < n; i++) out.add(random.nextInt(8) == 0 ? compare(d) : any(d));
    return out;
  }

  private List<Expr> setItems(int n, int d) {
    var out = new ArrayList<Expr>(n);
    for (int i = 0; i < n; i++) out.add(argument(d));
    return out;
  }

  private Compare compare(int d) {
    int n = 2 + random.nextInt(2);
    var terms = new ArrayList<Expr>(n);
    var relations = new ArrayList<Relation>(n - 1);
    for (int i = 0; i < n; i++) {
      terms.add(any(d));
      if (i > 0) relations.add(pick(List.of(Relation.values())));
    }
    return new Compare(terms, relations);
  }

  /** A condition: a comparison or a membership. */
  private Expr condition(int d) {
    return random.nextBoolean() ? compare(d) : new Infix(Infix.Op.IN, any(d), any(d));
  }

  /** What an optimum ranges over: a variable, {@code k \le K}, or two variables. */
  private Expr range(int d) {
    return switch (random.nextInt(3)) {
      case 0 -> pick(VARS);
      case 1 -> compare(d);
      default -> new Tuple(Tuple.Bracket.PAREN, List.of(pick(INDEX_VARS), pick(VARS)));
    };
  }

  private Expr matrix(int d) {
    int height = 1 + random.nextInt(3);
    int width = 1 + random.nextInt(3);
    var rows = new ArrayList<List<Expr>>();
    for (int r = 0; r < height; r++) rows.add(items(width, d));
    return new MatrixLit(pick(MATRIX_ENVIRONMENTS), rows);
  }

  private Expr cases(int d) {
    int n = 1 + random.nextInt(3);
    var values = new ArrayList<Expr>();
    var conditions = new ArrayList<Expr>();
    for (int i = 0; i < n; i++) {
      values.add(any(d));
      int kind = random.nextInt(4);
      conditions.add(kind == 0 ? new Text("otherwise") : kind == 1 ? any(d) : condition(d));
    }
    return new Cases(values, conditions);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
