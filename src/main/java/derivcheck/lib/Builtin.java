package derivcheck.lib;

import derivcheck.expr.Abs;
import derivcheck.expr.Add;
import derivcheck.expr.Call;
import derivcheck.expr.Const;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Neg;
import derivcheck.expr.Num;
import derivcheck.expr.Pow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The functions derivcheck knows without being told. Each has a canonical LaTeX name, the aliases people write, an
 * arity, and, unless it is primitive, a definition in terms of primitive functions. The definitions are the meaning
 * of a name: the CAS adapter inlines them, and the numeric evaluators must agree with them.
 */
public enum Builtin {
  EXP("\\exp", 1, null),
  LN("\\ln", 1, null, "\\log"),
  SIN("\\sin", 1, null),
  COS("\\cos", 1, null),
  TAN("\\tan", 1, null),
  SINH("\\sinh", 1, null),
  COSH("\\cosh", 1, null),
  TANH("\\tanh", 1, null),
  /** The reciprocal trigonometric and hyperbolic functions, by their definitions. */
  SEC("\\sec", 1, a -> new Div(Num.ONE, Call.of("\\cos", a.get(0)))),
  CSC("\\csc", 1, a -> new Div(Num.ONE, Call.of("\\sin", a.get(0)))),
  COT("\\cot", 1, a -> new Div(Call.of("\\cos", a.get(0)), Call.of("\\sin", a.get(0)))),
  SECH("\\operatorname{sech}", 1, a -> new Div(Num.ONE, Call.of("\\cosh", a.get(0))), "\\sech"),
  CSCH("\\operatorname{csch}", 1, a -> new Div(Num.ONE, Call.of("\\sinh", a.get(0))), "\\csch"),
  COTH("\\coth", 1, a -> new Div(Call.of("\\cosh", a.get(0)), Call.of("\\sinh", a.get(0)))),
  /** {@code \sqrt{x}}; the two-argument form {@code \sqrt[n]{x}} is written as a power by the parser. */
  SQRT("\\sqrt", 1, null),
  /** sign(x): +1, -1, or 0 at 0. */
  SIGN("\\operatorname{sign}", 1, null, "\\operatorname{sgn}", "\\sgn"),
  MAX("\\max", -1, null),
  MIN("\\min", -1, null),
  /** The logistic sigmoid, 1 / (1 + e^{-x}). */
  SIGMA("\\sigma", 1, a -> new Div(Num.ONE, Add.of(Num.ONE, new Pow(Const.E, new Neg(a.get(0))))),
      "\\operatorname{sigmoid}", "\\operatorname{sigm}"),
  /** softplus(x) = ln(1 + e^x). */
  SOFTPLUS("\\operatorname{softplus}", 1,
      a -> Call.of("\\ln", Add.of(Num.ONE, new Pow(Const.E, a.get(0))))),
  /** ReLU(x) = max(0, x), written (x + |x|) / 2 so that CAS tools without Max can use it. */
  RELU("\\operatorname{relu}", 1, a -> new Div(Add.of(a.get(0), new Abs(a.get(0))), Num.TWO),
      "\\operatorname{ReLU}", "\\operatorname{RELU}", "\\operatorname{Relu}", "\\operatorname{rect}"),
  /** Heaviside step with H(0) = 1/2, as in the sheets: (1 + sign x) / 2. */
  HEAVISIDE("H", 1, a -> new Div(Add.of(Num.ONE, Call.of("\\operatorname{sign}", a.get(0))), Num.TWO)),
  /** SiLU (swish) x sigma(x), the activation of many recent networks. */
  SILU("\\operatorname{silu}", 1, a -> derivcheck.expr.Mul.of(a.get(0),
      new Div(Num.ONE, Add.of(Num.ONE, new Pow(Const.E, new Neg(a.get(0)))))),
      "\\operatorname{SiLU}", "\\operatorname{swish}", "\\operatorname{Swish}"),
  /** softsign(x) = x / (1 + |x|). */
  SOFTSIGN("\\operatorname{softsign}", 1, a -> new Div(a.get(0), Add.of(Num.ONE, new Abs(a.get(0)))));

  private final String latex;
  private final int arity;
  private final Function<List<Expr>, Expr> definition;
  private final List<String> aliases;

  Builtin(String latex, int arity, Function<List<Expr>, Expr> definition, String... aliases) {
    this.latex = latex;
    this.arity = arity;
    this.definition = definition;
    this.aliases = List.of(aliases);
  }

  private static final Map<String, Builtin> BY_NAME = new HashMap<>();

  static {
    for (Builtin b : values()) {
      BY_NAME.put(b.latex, b);
      for (String a : b.aliases) BY_NAME.put(a, b);
    }
  }

  /** The builtin a canonical name or alias denotes, if any. */
  public static Optional<Builtin> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Canonical LaTeX name, e.g. {@code \operatorname{softplus}}. */
  public String latex() {
    return latex;
  }

  /** Number of arguments, or -1 for "one or more" ({@code \max}, {@code \min}). */
  public int arity() {
    return arity;
  }

  public List<String> aliases() {
    return aliases;
  }

  public boolean isPrimitive() {
    return definition == null;
  }

  /** The definition applied to {@code args}, in terms of more primitive functions; empty for a primitive. */
  public Optional<Expr> expand(List<Expr> args) {
    return definition == null ? Optional.empty() : Optional.of(definition.apply(args));
  }

  /** A call of this builtin by its canonical name. */
  public Call call(Expr... args) {
    return new Call(latex, List.of(args));
  }

}
