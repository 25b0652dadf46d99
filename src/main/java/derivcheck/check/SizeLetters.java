package derivcheck.check;

import derivcheck.expr.Ceil;
import derivcheck.expr.Chain;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Floor;
import derivcheck.expr.Infix;
import derivcheck.expr.Tuple;
import derivcheck.expr.Var;
import derivcheck.lib.Variables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unknowns of a scalar step that are sizes, read as positive integers: numbers of entries, kernel sizes, strides,
 * paddings. A letter is a size when
 * <ul>
 *   <li>the step declares it so: {@code \text{for } n \in \mathbb{N}}, {@code k \in \mathbb{Z}_{>0}}, or
 *       {@code (d, p) \in \mathbb{N}} (these conditions are then met by the sampling itself);</li>
 *   <li>it stands in the rounded quotient of a size formula: inside {@code \lfloor \cdot \rfloor} or
 *       {@code \lceil \cdot \rceil} around a division by an expression with unknowns, as in the output size of a
 *       convolution {@code \lceil (d + 2p - k)/s \rceil + 1}. Rounding a quotient by a stride is what one does with
 *       integers; such formulas (ceil(a/s) = floor((a+s-1)/s)) hold only there.</li>
 * </ul>
 * The verdict's detail names the letters read this way, so a reader can doubt the reading.
 */
final class SizeLetters {
  private SizeLetters() {}

  private static final Set<String> POSITIVE_INTEGERS = Set.of(
      "\\mathbb{N}", "\\mathbb{N}^{+}", "\\mathbb{Z}_{>0}", "\\mathbb{Z}^{+}", "\\mathbb{N}_{>0}", "\\mathbb{N}^{*}");

  /** The size unknowns of the sides, in the order of {@link Sides#variables()}. */
  static Set<Expr> of(Sides sides) {
    var sizes = new LinkedHashSet<Expr>();
    for (Chain c : sides.conditions()) sizes.addAll(declared(c));
    for (Expr side : List.of(sides.lhsFast(), sides.rhsFast())) collectRounded(side, sizes);
    var ordered = new LinkedHashSet<Expr>();
    for (Expr v : sides.variables()) if (sizes.contains(v)) ordered.add(v);
    return ordered;
  }

  /** Whether a condition only declares letters to be positive integers; the sampling then meets it. */
  static boolean isDeclaration(Chain c) {
    return !declared(c).isEmpty();
  }

  /** "d, p, k, s read as positive integers". */
  static String describe(Set<Expr> sizes) {
    return sizes.stream().map(Points::name).collect(Collectors.joining(", "))
        + (sizes.size() == 1 ? " read as a positive integer" : " read as positive integers");
  }

  private static Set<Expr> declared(Chain c) {
    if (!c.relations().isEmpty() || c.terms().size() != 1 || !(c.terms().get(0) instanceof Infix in)
        || in.op() != Infix.Op.IN || !(in.rhs() instanceof Var set) || !POSITIVE_INTEGERS.contains(set.name())) {
      return Set.of();
    }
    List<Expr> members = in.lhs() instanceof Tuple t ? t.items() : List.of(in.lhs());
    if (!members.stream().allMatch(m -> m instanceof Var)) return Set.of();
    return new LinkedHashSet<>(members);
  }

  private static void collectRounded(Expr e, Set<Expr> out) {
    if ((e instanceof Floor || e instanceof Ceil) && Exprs.any(e, SizeLetters::quotientByUnknown)) {
      for (Expr v : Variables.free(e)) if (v instanceof Var) out.add(v);
      return;
    }
    for (Expr c : e.children()) collectRounded(c, out);
  }

  private static boolean quotientByUnknown(Expr e) {
    return e instanceof Div d && !Variables.free(d.den()).isEmpty();
  }
}
