package derivcheck.parse;

import derivcheck.expr.Chain;
import derivcheck.expr.Compare;
import derivcheck.expr.Expr;
import derivcheck.expr.ForAll;
import derivcheck.expr.Infix;
import derivcheck.expr.Relation;
import derivcheck.parse.antlr.LatexMathParser;
import derivcheck.parse.antlr.LatexMathParser.ChainInputContext;
import derivcheck.parse.antlr.LatexMathParser.FactorContext;
import derivcheck.parse.antlr.LatexMathParser.StmtContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * Reads LaTeX mathematics as people write it into derivcheck's expression tree. The reading rules are written down
 * in {@code package-info.java}. Every failure is a {@link ParseError} with a position and a reason in words.
 */
public final class LatexParser {
  private final ParseOptions options;
  /** Words typed as letters to keep as products of letters in this reading. */
  private final Set<String> spelledOut;
  /** Single letters the document uses as variables: a word made of them only could be their product. */
  private final Set<String> documentLetters;

  public LatexParser(ParseOptions options) {
    this(options, Set.of(), Set.of());
  }

  private LatexParser(ParseOptions options, Set<String> spelledOut, Set<String> documentLetters) {
    this.options = options;
    this.spelledOut = Set.copyOf(spelledOut);
    this.documentLetters = Set.copyOf(documentLetters);
  }

  /**
   * This parser, told which single letters the document uses as variables elsewhere: a function name typed as
   * letters ({@code sig(x)}) that are all among them could be their product, and {@link #chainReadings} offers both.
   */
  public LatexParser withDocumentLetters(Set<String> letters) {
    return new LatexParser(options, spelledOut, letters);
  }

  /**
   * One way to read a formula. {@code assumption} says in words what this reading takes that the document does not
   * settle ("sig read as one function name"); it is empty when the formula has a single reading.
   */
  public record Reading(Chain chain, String assumption) {}

  /**
   * The readings of a chain: one, or two when a function name typed as letters ({@code sig(x)}) could also be a
   * product of letters the formula or document uses as variables ({@code s}, {@code i}, {@code g}). The first reading
   * is the one {@link #parseChain} gives.
   */
  public List<Reading> chainReadings(String src) throws ParseError {
    return guarded(() -> {
      var joined = new ArrayList<WordRuns.Joined>();
      Chain words = chain(src, false, Set.of(), joined);
      var letters = new HashSet<>(documentLetters);
      for (Expr t : words.terms()) letters.addAll(singleLetters(t));
      for (Chain c : words.conditions()) for (Expr t : c.terms()) letters.addAll(singleLetters(t));
      var ambiguous = new java.util.TreeSet<String>();
      for (WordRuns.Joined j : joined) {
        if (!j.settled() && j.word().chars().allMatch(ch -> letters.contains(String.valueOf((char) ch)))) {
          ambiguous.add(j.word());
        }
      }
      if (ambiguous.isEmpty()) return List.of(new Reading(words, ""));
      Chain spelled = chain(src, false, ambiguous, new ArrayList<>());
      String list = String.join(", ", ambiguous);
      return List.of(new Reading(words, list + " read as " + (ambiguous.size() == 1 ? "a function name" : "function names")),
          new Reading(spelled, list + " read as " + (ambiguous.size() == 1 ? "a product" : "products") + " of letters ("
              + ambiguous.stream().map(w -> String.join(" \\cdot ", w.split(""))).collect(
                  java.util.stream.Collectors.joining(", ")) + ")"));
    });
  }

  private static Set<String> singleLetters(Expr e) {
    var out = new HashSet<String>();
    for (var v : derivcheck.expr.Exprs.vars(e)) {
      if (v.name().length() == 1 && Character.isLetter(v.name().charAt(0))) out.add(v.name());
    }
    return out;
  }

  /** The whole input as one expression (no relation {@code =}; {@code x \in S} is an expression). */
  public Expr parseExpr(String src) throws ParseError {
    return guarded(() -> {
      List<CommonToken> tokens = TokenPass.run(src);
      LatexMathParser parser = parser(visible(tokens), src);
      var ctx = parser.exprInput();
      Expr e = new TreeBuilder(options, src, parser.getTokenStream(), new HashSet<>(), spelledOut, new ArrayList<>())
          .stmt(ctx.stmt());
      DepthLimit.check(e);
      return e;
    });
  }

  /**
   * A relation chain {@code a = b \le c}, possibly starting with its relation (an align row {@code &= b}), with the
   * side conditions and notes written after it ({@code \quad \text{for } x > 0}, {@code \text{(chain rule)}}).
   */
  public Chain parseChain(String src) throws ParseError {
    return guarded(() -> chain(src, false));
  }

  /**
   * Like {@link #parseChain}, but the head of the left side, {@code name(params)}, is a function application even
   * when the name is not known ({@code f(x) = x^2}, {@code \phi(x) = \sin x}); the name is then a function in the
   * rest of the chain too.
   */
  public Chain parseDefinition(String src) throws ParseError {
    return guarded(() -> chain(src, true));
  }

  private Chain chain(String src, boolean definition) {
    return chain(src, definition, spelledOut, new ArrayList<>());
  }

  private Chain chain(String src, boolean definition, Set<String> spelled, List<WordRuns.Joined> joined) {
    ChainSplitter.Split split = ChainSplitter.split(TokenPass.run(src));
    Set<String> local = new HashSet<>();
    var notes = new ArrayList<>(split.notes());
    LatexMathParser parser = parser(split.main(), src);
    ChainInputContext ctx = parser.chainInput();
    var builder = new TreeBuilder(options, src, parser.getTokenStream(), local, spelled, joined);
    if (definition) builder.definitionHead = head(ctx.stmt(0));
    Chain main = builder.chain(ctx);
    notes.addAll(builder.notes);
    var conditions = new ArrayList<Chain>();
    for (ChainSplitter.Part part : split.conditions()) {
      LatexMathParser p = parser(part.tokens(), src);
      var b = new TreeBuilder(options, src, p.getTokenStream(), local, spelled, joined);
      Chain condition = quantified(b.chain(p.chainInput()));
      if (!isCondition(condition)) {
        throw ParseFailure.at(part.tokens().get(0), "expected a side condition such as 'x > 0' after "
            + TokenKinds.quote(part.introducer()));
      }
      conditions.add(condition);
      notes.addAll(b.notes);
    }
    Chain result = new Chain(main.terms(), byDefinitionIsEqual(main), conditions, String.join("; ", notes));
    DepthLimit.check(result);
    return result;
  }

  /**
   * {@code :=} defines only as the first relation of a chain that starts with its left side; inside a derivation
   * ({@code &\overset{\text{def}}{=} ...}, {@code a = b := c}) it says "equal by definition", which is checked.
   */
  private static List<Relation> byDefinitionIsEqual(Chain c) {
    var out = new ArrayList<Relation>(c.relations());
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == Relation.DEFINES && (c.leading() || i > 0)) out.set(i, Relation.EQ);
    }
    return out;
  }

  /** {@code \forall x \neq 0} reads as {@code \forall (x \neq 0)}, not as {@code (\forall x) \neq 0}. */
  private static Chain quantified(Chain c) {
    if (c.leading() || c.relations().isEmpty() || !(c.terms().get(0) instanceof ForAll all)) return c;
    var terms = new ArrayList<Expr>(c.terms());
    terms.set(0, all.bound());
    return new Chain(List.of(new ForAll(new Compare(terms, c.relations()))), List.of(), List.of(), c.note());
  }

  private static boolean isCondition(Chain c) {
    if (!c.relations().isEmpty()) return true;
    Expr e = c.terms().get(0);
    return e instanceof Infix || e instanceof ForAll || e instanceof Compare;
  }

  /** The first factor of a definition's left side: the {@code f} of {@code f(x) = ...}. */
  private static FactorContext head(StmtContext s) {
    if (s.FORALL() != null || s.mapping(0).member().expr().isEmpty()) return null;
    var term = s.mapping(0).member().expr(0).term(0);
    if (term.product() == null) return null;
    var group = term.product().group(0);
    return group.factor().isEmpty() ? null : group.factor(0);
  }

  private static List<CommonToken> visible(List<CommonToken> tokens) {
    return tokens.stream().filter(TokenKinds::visible).toList();
  }

  /** A parser over ready tokens, ending with an end-of-formula token placed just after the last one. */
  private static LatexMathParser parser(List<CommonToken> tokens, String src) {
    var all = new ArrayList<Token>(tokens);
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).getStopIndex() + 1;
    var eof = new CommonToken(Token.EOF, "<EOF>");
    int line = 1;
    int col = 0;
    for (int i = 0; i < end && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        line++;
        col = 0;
      } else {
        col++;
      }
    }
    eof.setLine(line);
    eof.setCharPositionInLine(col);
    eof.setStartIndex(end);
    eof.setStopIndex(end - 1);
    all.add(eof);
    var parser = new LatexMathParser(new CommonTokenStream(new ListTokenSource(all)));
    WordedErrorStrategy.install(parser);
    return parser;
  }

  /** Turns every way of failing into a {@link ParseError}: never a stack trace, whatever the input. */
  private static <T> T guarded(Supplier<T> work) throws ParseError {
    try {
      return work.get();
    } catch (ParseFailure f) {
      throw f.toError();
    } catch (StackOverflowError e) {
      throw new ParseError(1, 1, "expression nested too deeply");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParseError(1, 1, "cannot read this formula: " + e.getMessage());
    }
  }
}
