package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.Add;
import derivcheck.expr.Chain;
import derivcheck.expr.Compare;
import derivcheck.expr.Div;
import derivcheck.expr.Expr;
import derivcheck.expr.ForAll;
import derivcheck.expr.Infix;
import derivcheck.expr.Mul;
import derivcheck.expr.Neg;
import derivcheck.expr.Optimize;
import derivcheck.expr.Placeholder;
import derivcheck.expr.Relation;
import derivcheck.expr.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into {@code expr} records: the precedence levels here, juxtaposed products in
 * {@link #juxtaposed}, factors in {@link FactorReader}, names in {@link NameResolver}.
 */
final class TreeBuilder {
  final ParseOptions options;
  final String source;
  final TokenStream tokens;
  /** Functions introduced by the formula itself: the head of a definition. */
  final Set<String> localFunctions;
  /** Annotations met inside the formula (underbrace labels), for the chain's note. */
  final List<String> notes = new ArrayList<>();
  /** Factors to skip, such as the {@code \text{if }} that starts a case's condition. */
  final Set<FactorContext> ignored = new HashSet<>();
  /** The {@code f} of a definition {@code f(x) = ...}: a function even when the name is unknown. */
  FactorContext definitionHead;
  /** Words typed as letters that this reading keeps as products of letters ({@code s i g}). */
  final Set<String> spelledOut;
  /** Words typed as letters that were read as one function name ({@code sig}), for the readings of a formula. */
  final List<WordRuns.Joined> joinedWords;

  final FactorReader factors = new FactorReader(this);
  final NameResolver names = new NameResolver(this);
  final ScriptReader scripts = new ScriptReader(this);
  final WordRuns words = new WordRuns(this);

  TreeBuilder(ParseOptions options, String source, TokenStream tokens, Set<String> localFunctions) {
    this(options, source, tokens, localFunctions, Set.of(), new ArrayList<>());
  }

  TreeBuilder(ParseOptions options, String source, TokenStream tokens, Set<String> localFunctions,
      Set<String> spelledOut, List<WordRuns.Joined> joinedWords) {
    this.options = options;
    this.source = source;
    this.tokens = tokens;
    this.localFunctions = localFunctions;
    this.spelledOut = spelledOut;
    this.joinedWords = joinedWords;
  }

  // ---------------------------------------------------------------- relations and statements

  Chain chain(ChainInputContext c) {
    var terms = new ArrayList<Expr>();
    for (StmtContext s : c.stmt()) terms.add(stmt(s));
    var rels = c.relation().stream().map(TreeBuilder::relation).toList();
    return new Chain(terms, rels, List.of(), "");
  }

  static Relation relation(RelationContext r) {
    return switch (r.getStart().getType()) {
      case EQ -> Relation.EQ;
      case NEQ -> Relation.NE;
      case LT -> Relation.LT;
      case LE -> Relation.LE;
      case GT -> Relation.GT;
      case GE -> Relation.GE;
      case APPROX -> Relation.APPROX;
      case DEFINES -> Relation.DEFINES;
      default -> throw new IllegalStateException("not a relation: " + r.getText());
    };
  }

  /** A relation chain inside a formula ({@code i=j}, {@code k \le K}): a {@link Compare}, or the statement. */
  Expr relChain(RelChainContext c) {
    if (c.relation().isEmpty()) return stmt(c.stmt(0));
    var terms = new ArrayList<Expr>();
    for (StmtContext s : c.stmt()) terms.add(stmt(s));
    return new Compare(terms, c.relation().stream().map(TreeBuilder::relation).toList());
  }

  List<Expr> relList(RelListContext c) {
    var out = new ArrayList<Expr>();
    for (RelChainContext r : c.relChain()) out.add(relChain(r));
    return out;
  }

  List<Expr> items(ItemsContext c) {
    var out = new ArrayList<Expr>();
    for (ItemContext i : c.item()) out.add(i.CDOT() != null ? new Placeholder() : relChain(i.relChain()));
    return out;
  }

  Expr stmt(StmtContext c) {
    if (c.FORALL() != null) return new ForAll(stmt(c.stmt()));
    Expr left = mapping(c.mapping(0));
    return c.COLON() == null ? left : new Infix(Infix.Op.COLON, left, mapping(c.mapping(1)));
  }

  private Expr mapping(MappingContext c) {
    Expr left = member(c.member());
    if (c.mapping() == null) return left;
    Infix.Op op = c.MAPSTO() != null ? Infix.Op.MAPSTO : c.GETS() != null ? Infix.Op.ASSIGN : Infix.Op.TO;
    return new Infix(op, left, mapping(c.mapping()));
  }

  private Expr member(MemberContext c) {
    Expr acc = expr(c.expr(0));
    for (int i = 1; i < c.getChildCount(); i += 2) {
      int type = ((TerminalNode) c.getChild(i)).getSymbol().getType();
      Infix.Op op = switch (type) {
        case IN -> Infix.Op.IN;
        case NOTIN -> Infix.Op.NOTIN;
        case SUBSET -> Infix.Op.SUBSET;
        case SUBSETEQ -> Infix.Op.SUBSETEQ;
        default -> Infix.Op.PROPTO;
      };
      acc = new Infix(op, acc, expr((ExprContext) c.getChild(i + 1)));
    }
    return acc;
  }

  // ---------------------------------------------------------------- sums and products

  Expr expr(ExprContext c) {
    var terms = new ArrayList<Expr>();
    // After a dropped keyword (the \text{if } of a case), "\text{if } -x" leaves an empty first term: the sign
    // that follows is then unary.
    if (!onlyIgnored(c.term(0))) terms.add(term(c.term(0)));
    for (int i = 1; i < c.getChildCount(); i += 2) {
      int sign = ((TerminalNode) c.getChild(i)).getSymbol().getType();
      Expr t = term((TermContext) c.getChild(i + 1));
      terms.add(sign == MINUS ? new Neg(t) : t);
    }
    return terms.size() == 1 ? terms.get(0) : new Add(terms);
  }

  private boolean onlyIgnored(TermContext t) {
    if (t.product() == null || t.product().group().size() != 1) return false;
    GroupContext g = t.product().group(0);
    return g.optimizer() == null && ignored.containsAll(g.factor());
  }

  private Expr term(TermContext c) {
    if (c.product() != null) return product(c.product());
    Expr inner = term(c.term());
    return c.MINUS() != null ? new Neg(inner) : inner; // a unary plus means nothing
  }

  private Expr product(ProductContext c) {
    var items = new ArrayList<Piece>();
    boolean negateNext = false;
    MulOpContext pendingOp = null;
    for (ParseTree child : c.children) {
      if (child instanceof MulOpContext op) {
        pendingOp = op;
      } else if (child instanceof TerminalNode sign) {
        negateNext = sign.getSymbol().getType() == MINUS;
      } else if (child instanceof GroupContext g) {
        if (pendingOp != null) items.add(new Piece.Operator(pendingOp.getStart().getType(), negateNext, pendingOp));
        items.addAll(groupPieces(g));
        pendingOp = null;
        negateNext = false;
      }
    }
    return juxtaposed(items);
  }

  private List<Piece> groupPieces(GroupContext g) {
    var pieces = new ArrayList<Piece>();
    for (FactorContext f : g.factor()) {
      if (!ignored.contains(f)) pieces.add(factors.piece(f, false));
    }
    if (g.optimizer() != null) pieces.add(new Piece.Operand(optimizer(g.optimizer()), g.optimizer()));
    return names.resolveCalls(words.join(pieces));
  }

  /** Reads factors outside a product rule, e.g. the body in a derivative's numerator. */
  Expr juxtaposedFactors(List<FactorContext> fs) {
    var pieces = new ArrayList<Piece>();
    for (FactorContext f : fs) pieces.add(factors.piece(f, false));
    return juxtaposed(names.resolveCalls(words.join(pieces)));
  }

  /**
   * A product given as pieces and operators. A term prefix ({@code \sum}, {@code \frac{d}{dx}}) takes everything
   * after it as its body; then each juxtaposed group applies its function prefixes and multiplies; then the explicit
   * operators combine the groups from left to right.
   */
  Expr juxtaposed(List<Piece> items) {
    for (int p = 0; p < items.size(); p++) {
      if (items.get(p) instanceof Piece.TermPrefix op) {
        List<Piece> rest = items.subList(p + 1, items.size());
        if (rest.isEmpty() || rest.get(0) instanceof Piece.Operator) {
          throw ParseFailure.at(op.ctx(), op.missingBody());
        }
        var folded = new ArrayList<>(items.subList(0, p));
        folded.add(new Piece.Operand(op.apply().apply(juxtaposed(rest)), op.ctx()));
        return combine(folded);
      }
    }
    return combine(items);
  }

  private Expr combine(List<Piece> items) {
    var groups = new ArrayList<List<Piece>>();
    var ops = new ArrayList<Piece.Operator>();
    groups.add(new ArrayList<>());
    for (Piece piece : items) {
      if (piece instanceof Piece.Operator op) {
        ops.add(op);
        groups.add(new ArrayList<>());
      } else {
        groups.get(groups.size() - 1).add(piece);
      }
    }
    var factorsSoFar = new ArrayList<>(names.applyPrefixes(groups.get(0)));
    for (int k = 0; k < ops.size(); k++) {
      Piece.Operator op = ops.get(k);
      List<Expr> nextFactors = names.applyPrefixes(groups.get(k + 1));
      if (op.negate()) nextFactors = List.of(new Neg(product(nextFactors)));
      Expr next = product(nextFactors);
      switch (op.tokenType()) {
        case CDOT, TIMES -> factorsSoFar.addAll(nextFactors);
        case SLASH -> replaceAll(factorsSoFar, new Div(product(factorsSoFar), next));
        // a number is never a signal: 4.0 * x is a product, as in plain-text math
        case STAR -> {
          if (next instanceof derivcheck.expr.Num || factorsSoFar.size() == 1
              && factorsSoFar.get(0) instanceof derivcheck.expr.Num) {
            factorsSoFar.addAll(nextFactors);
          } else {
            replaceAll(factorsSoFar, new Infix(Infix.Op.STAR, product(factorsSoFar), next));
          }
        }
        case FULL_STAR -> replaceAll(factorsSoFar, new Infix(Infix.Op.FULL_STAR, product(factorsSoFar), next));
        case CIRCLED_STAR -> replaceAll(factorsSoFar, new Infix(Infix.Op.CIRCULAR_STAR, product(factorsSoFar), next));
        case CIRC -> replaceAll(factorsSoFar, new Infix(Infix.Op.COMPOSE, product(factorsSoFar), next));
        case ODOT -> replaceAll(factorsSoFar, new Infix(Infix.Op.HADAMARD, product(factorsSoFar), next));
        case OTIMES -> replaceAll(factorsSoFar, new Infix(Infix.Op.OTIMES, product(factorsSoFar), next));
        default -> replaceAll(factorsSoFar, new Infix(Infix.Op.MOD, product(factorsSoFar), next));
      }
    }
    return product(factorsSoFar);
  }

  private static void replaceAll(List<Expr> list, Expr single) {
    list.clear();
    list.add(single);
  }

  static Expr product(List<Expr> factors) {
    return factors.size() == 1 ? factors.get(0) : new Mul(factors);
  }

  private Expr optimizer(OptimizerContext o) {
    OptHeadContext h = o.optHead();
    Token word = h.MINMAX() != null ? h.MINMAX().getSymbol() : h.ARGOPT().getSymbol();
    String w = word.getText();
    Optimize.Kind kind;
    if (word.getType() == ARGOPT) kind = w.contains("min") ? Optimize.Kind.ARGMIN : Optimize.Kind.ARGMAX;
    else if (w.equals("\\min")) kind = Optimize.Kind.MIN;
    else if (w.equals("\\max")) kind = Optimize.Kind.MAX;
    else if (w.equals("\\sup")) kind = Optimize.Kind.SUP;
    else kind = Optimize.Kind.INF;
    List<Expr> over = h.script() != null ? scripts.list(h.script()) : relList(h.relList());
    Expr range = over.size() == 1 ? over.get(0) : new Tuple(Tuple.Bracket.PAREN, over);
    return new Optimize(kind, range, expr(o.expr()));
  }

  // ---------------------------------------------------------------- shapes of the parse tree

  /**
   * The factors of a statement that is one plain juxtaposed product ({@code d x}, {@code \partial^2 L}), or null when
   * it has operators, signs or relations.
   */
  static List<FactorContext> simpleFactors(StmtContext s) {
    if (s == null || s.FORALL() != null || s.COLON() != null) return null;
    MappingContext m = s.mapping(0);
    if (m.mapping() != null || m.member().expr().size() != 1) return null;
    ExprContext e = m.member().expr(0);
    if (e.term().size() != 1 || e.term(0).product() == null) return null;
    ProductContext p = e.term(0).product();
    if (p.group().size() != 1 || p.group(0).optimizer() != null) return null;
    return p.group(0).factor();
  }

  static List<FactorContext> simpleFactors(RelChainContext r) {
    return r.relation().isEmpty() ? simpleFactors(r.stmt(0)) : null;
  }

  /** The leftmost factor of a relation chain when it starts a plain product, e.g. the {@code \text{if }} of a case. */
  static FactorContext firstFactor(RelChainContext r) {
    StmtContext s = r.stmt(0);
    if (s.FORALL() != null) return null;
    TermContext t = s.mapping(0).member().expr(0).term(0);
    if (t.product() == null) return null;
    GroupContext g = t.product().group(0);
    return g.factor().isEmpty() ? null : g.factor(0);
  }

  /** The source text between two rule contexts is empty, ignoring {@code \left} and {@code \big} sizes. */
  boolean adjacent(ParserRuleContext before, ParserRuleContext after) {
    int from = before.getStop().getStopIndex() + 1;
    int to = after.getStart().getStartIndex();
    if (from > to || to > source.length()) return false;
    String gap = source.substring(from, to).replaceAll("\\\\(left|[bB]igg?l?)", "");
    return gap.isEmpty();
  }

  /** Canonical source text of a rule: token texts joined, a space only where TeX needs one. */
  String text(ParserRuleContext ctx) {
    var b = new StringBuilder();
    String last = "";
    for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
      Token t = tokens.get(i);
      String s = t.getType() == FONT ? NameResolver.canonicalFont(t.getText()) : t.getText();
      if (last.matches("\\\\[A-Za-z]+") && Character.isLetter(s.charAt(0))) b.append(' ');
      b.append(s);
      last = s;
    }
    return b.toString();
  }
}
