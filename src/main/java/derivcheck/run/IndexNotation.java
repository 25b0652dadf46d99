package derivcheck.run;

import derivcheck.check.Step;
import derivcheck.expr.BigOp;
import derivcheck.expr.Call;
import derivcheck.expr.Compare;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Exprs;
import derivcheck.expr.Indexed;
import derivcheck.expr.Indicator;
import derivcheck.expr.Num;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.lib.Substitution;
import derivcheck.tensor.VectorBuiltins;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index shorthand of hand-written documents, written out so the vector machinery can check it:
 * <ul>
 *   <li>{@code \delta_{ij}}, the Kronecker delta, is the indicator {@code \mathbf{1}_{i=j}} (unless the document gives
 *       {@code \delta} a meaning of its own).</li>
 *   <li>{@code S_i} with an index variable, where {@code S} is a function of a vector (the built-in softmax, or one
 *       the document defines by components, {@code T(\mathbf{z})_k = ...}) and {@code S_i} itself has no value, is
 *       the entry {@code S(\mathbf{x})_i}. The argument is the document's own ({@code \mathbf{z}} above) or else the
 *       vector whose entries the step differentiates by or uses ({@code x_j} stands for an entry of
 *       {@code \mathbf{x}}). The index then ranges over 1..n, n checked at several sizes.</li>
 *   <li>An entry {@code T(\mathbf{y})_m} of a function the document defined by components is its definition, with
 *       {@code \mathbf{z}} and {@code k} replaced.</li>
 * </ul>
 * A step without such notation is returned unchanged.
 */
final class IndexNotation {
  private static final Var DELTA = new Var("\\delta");

  private IndexNotation() {}

  /**
   * The step with its shorthand written out; {@code arguments} holds the argument the document itself wrote for a
   * function's components ({@code S(\mathbf{z})_k} in "Recall the softmax ..."), which comes before a guess.
   */
  static Step rewrite(Step s, Map<String, Expr> arguments) {
    Definitions defs = s.defs();
    Optional<Var> argument = vectorOf(s.lhs(), s.rhs(), defs);
    Expr lhs = rewrite(s.lhs(), defs, argument, arguments);
    Expr rhs = rewrite(s.rhs(), defs, argument, arguments);
    if (lhs.equals(s.lhs()) && rhs.equals(s.rhs())) return s;
    return new Step(lhs, s.relation(), rhs, s.conditions(), defs);
  }

  /** The body of a definition with its shorthand written out ({@code L = -\log S_c}). */
  static Expr rewrite(Expr body, Definitions defs, Map<String, Expr> arguments) {
    return rewrite(body, defs, vectorOf(body, body, defs), arguments);
  }

  /** {@code f(\mathbf{z})_k}, one component of a function of one vector written by an index variable: f and z. */
  static Optional<Map.Entry<String, Expr>> componentHead(Expr e) {
    if (e instanceof Indexed ix && ix.base() instanceof Call c && c.primes() == 0 && c.args().size() == 1
        && c.args().get(0) instanceof Var && ix.indices().size() == 1 && ix.indices().get(0) instanceof Var) {
      return Optional.of(Map.entry(c.fn(), c.args().get(0)));
    }
    return Optional.empty();
  }

  private static Expr rewrite(Expr side, Definitions defs, Optional<Var> argument, Map<String, Expr> arguments) {
    Expr shorthand = Exprs.transform(side, e -> shorthand(e, defs, argument, arguments));
    return Exprs.transform(shorthand, e -> expandComponent(e, defs));
  }

  private static Expr shorthand(Expr e, Definitions defs, Optional<Var> argument, Map<String, Expr> arguments) {
    if (e instanceof Call c && c.primes() == 0 && c.args().size() == 1 && c.fn().contains("_")
        && !derivcheck.lib.Lowering.isKnownFunction(c.fn(), defs)) {
      // S_i(\delta_{ij} - S_j): the parser reads a call of S_i, the author means the product
      Optional<Expr> name = parse(c.fn());
      if (name.isPresent()) {
        Expr entry = shorthand(name.get(), defs, argument, arguments);
        if (!entry.equals(name.get())) return derivcheck.expr.Mul.of(entry, c.args().get(0));
      }
      return e;
    }
    if (!(e instanceof Indexed ix) || !(ix.base() instanceof Var base) || defs.value(e).isPresent()) return e;
    if (base.equals(DELTA) && ix.indices().size() == 2 && defs.value(DELTA).isEmpty() && !hasEntries(defs, DELTA)) {
      return new Indicator(Compare.of(ix.indices().get(0), Relation.EQ, ix.indices().get(1)));
    }
    if (ix.indices().size() != 1 || ix.indices().get(0) instanceof Num || defs.value(base).isPresent()
        || declared(defs, base) || hasEntries(defs, base)) {
      return e; // S_i of a vector S the document declared or defined by entries is its entry
    }
    String fn = base.name();
    Optional<Definitions.EntryDef> own = component(defs, fn);
    Optional<Expr> arg = own.isPresent() ? Optional.of(((Call) own.get().head().base()).args().get(0))
        : !VectorBuiltins.isSoftmax(fn) || defs.function(fn).isPresent() ? Optional.empty()
        : arguments.containsKey(fn) ? Optional.of(arguments.get(fn)) : argument.map(v -> (Expr) v);
    return arg.<Expr>map(a -> new Indexed(Call.of(fn, a), ix.indices())).orElse(e);
  }

  private static Optional<Expr> parse(String name) {
    try {
      return Optional.of(new derivcheck.parse.LatexParser(derivcheck.parse.ParseOptions.defaults()).parseExpr(name));
    } catch (derivcheck.parse.ParseError e) {
      return Optional.empty();
    }
  }

  /** {@code T(\mathbf{y})_m} for a function defined by components: the definition with argument and index put in. */
  private static Expr expandComponent(Expr e, Definitions defs) {
    if (!(e instanceof Indexed ix) || !(ix.base() instanceof Call call) || call.args().size() != 1
        || ix.indices().size() != 1) {
      return e;
    }
    Optional<Definitions.EntryDef> def = component(defs, call.fn());
    if (def.isEmpty()) return e;
    Indexed head = def.get().head();
    Expr param = ((Call) head.base()).args().get(0);
    if (!(param instanceof Var p) || !(head.indices().get(0) instanceof Var k)) return e;
    Expr arg = call.args().get(0);
    Expr index = ix.indices().get(0);
    // the definition's own summation indices get fresh names, so they cannot capture the step's (T_j, \partial z_j)
    Expr body = Exprs.transform(def.get().body(), IndexNotation::freshBound);
    body = Exprs.transform(body, x -> renameEntries(x, p, arg));
    return Substitution.apply(body, Map.of(p, arg, k, index));
  }

  /** {@code z_j} and {@code \mathbf{z}_j}, entries of the parameter, become entries of the argument. */
  private static Expr renameEntries(Expr x, Var param, Expr arg) {
    if (x instanceof Indexed ix && ix.base() instanceof Var b && sameVector(b, param)) return new Indexed(arg, ix.indices());
    return x;
  }

  private static Expr freshBound(Expr x) {
    if (!(x instanceof BigOp b)) return x;
    Var fresh = new Var(b.index().name() + "'");
    return new BigOp(b.kind(), fresh, b.lower(), b.upper(), Exprs.substitute(b.body(), b.index(), fresh));
  }

  /** The document's definition of {@code fn} by components, {@code fn(\mathbf{z})_k = ...}. */
  static Optional<Definitions.EntryDef> component(Definitions defs, String fn) {
    for (var d : defs.entryDefinitions()) {
      if (d.head().base() instanceof Call c && c.fn().equals(fn) && c.args().size() == 1
          && d.head().indices().size() == 1) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Whether the document declares the name ({@code S \in \mathbb{R}^n}, {@code S : A \to B}). */
  private static boolean declared(Definitions defs, Var base) {
    return defs.declarations().stream().anyMatch(d -> d instanceof derivcheck.expr.Infix i && i.lhs().equals(base));
  }

  private static boolean hasEntries(Definitions defs, Var base) {
    return defs.entryDefinitions().stream().anyMatch(d -> d.head().base().equals(base));
  }

  /**
   * The vector the step is about: the one whose entry it differentiates by ({@code \partial x_j}), else the only
   * one whose entries it writes with an index variable.
   */
  private static Optional<Var> vectorOf(Expr lhs, Expr rhs, Definitions defs) {
    Set<Var> byDerivative = new HashSet<>();
    Set<Var> byEntry = new HashSet<>();
    for (Expr side : new Expr[] {lhs, rhs}) {
      Exprs.any(side, x -> {
        if (x instanceof Deriv d) vectorOfEntry(d.var()).ifPresent(byDerivative::add);
        if (x instanceof Deriv d && d.var() instanceof Var v && isBold(v)) byDerivative.add(v);
        if (x instanceof Indexed ix && !(ix.base() instanceof Var b && (b.equals(DELTA) || isFunctionLetter(b, defs)))) {
          vectorOfEntry(x).ifPresent(byEntry::add);
        }
        return false;
      });
    }
    if (byDerivative.size() == 1) return Optional.of(byDerivative.iterator().next());
    if (byDerivative.isEmpty() && byEntry.size() == 1) return Optional.of(byEntry.iterator().next());
    return Optional.empty();
  }

  /** {@code x_j} or {@code \mathbf{x}_j} with an index variable: {@code \mathbf{x}}. */
  private static Optional<Var> vectorOfEntry(Expr e) {
    if (!(e instanceof Indexed ix) || !(ix.base() instanceof Var b) || ix.indices().size() != 1
        || ix.indices().get(0) instanceof Num) {
      return Optional.empty();
    }
    return Optional.of(isBold(b) ? b : new Var("\\mathbf{" + b.name() + "}"));
  }

  private static boolean isFunctionLetter(Var b, Definitions defs) {
    return VectorBuiltins.isSoftmax(b.name()) || component(defs, b.name()).isPresent();
  }

  private static boolean isBold(Var v) {
    return v.name().startsWith("\\mathbf{") || v.name().startsWith("\\boldsymbol{") || v.name().startsWith("\\bm{");
  }

  private static boolean sameVector(Var b, Var param) {
    if (b.equals(param)) return true;
    String p = param.name();
    return isBold(param) && p.endsWith("}") && p.substring(p.indexOf('{') + 1, p.length() - 1).equals(b.name());
  }
}
