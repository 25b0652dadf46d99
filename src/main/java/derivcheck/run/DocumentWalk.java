package derivcheck.run;

import derivcheck.check.Kernel;
import derivcheck.check.StandInVerdicts;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.doc.MathBlock;
import derivcheck.doc.MathDocument;
import derivcheck.doc.MathRow;
import derivcheck.doc.Position;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.lib.Definitions;
import derivcheck.lib.Variables;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One pass over a document: joins rows into derivations and reads definitions by the rules written on
 * {@link Verifier}, and submits each step as it is read.
 */
final class DocumentWalk {
  /** A chain being read: its first and last terms, the relation between its ends so far, its conditions. */
  static final class Derivation {
    int number = -1;
    Expr first;
    Expr last;
    boolean lastUnreadable;
    Relation ends;
    int steps;
    final LinkedHashSet<Chain> conditions = new LinkedHashSet<>();

    Derivation(Expr first) {
      this.first = first;
      this.last = first;
    }
  }

  /** A step on its way through the kernel, with what the findings need. */
  record Pending(Derivation derivation, int index, String file, int line, Step step, CompletableFuture<Verdict> verdict,
      Expr first, Relation ends, int block, int row, int markAt) {}

  private final String file;
  private final StepScheduler scheduler;
  private final List<Pending> pending = new ArrayList<>();
  private final List<Expr> sectionConstants = new ArrayList<>();
  private final StandIns standIns = new StandIns();
  /** The argument the document wrote for a function's components: S to \mathbf{z} after "S(\mathbf{z})_k = ...". */
  private final java.util.Map<String, Expr> vectorArguments = new java.util.HashMap<>();
  private final java.util.Set<String> appliedNames = new java.util.LinkedHashSet<>();
  private Definitions defs;
  /** Single letters the document uses as variables: a word typed of them only ({@code sig}) has two readings. */
  private final java.util.Set<String> documentLetters = new java.util.HashSet<>();
  /** The other reading of the row being read, when its notation has two ({@link LatexParser#chainReadings}). */
  private LatexParser.Reading otherReading;
  private String readingAssumption = "";
  private Derivation open;
  private int derivations;

  private DocumentWalk(String file, Definitions base, StepScheduler scheduler) {
    this.file = file;
    this.defs = base;
    this.scheduler = scheduler;
  }

  /** Reads the document's blocks in order and submits their steps; the steps, in document order. */
  static List<Pending> walk(String file, MathDocument doc, Definitions base, StepScheduler scheduler) {
    var walk = new DocumentWalk(file, base, scheduler);
    walk.appliedNames.addAll(AppliedNames.of(doc));
    walk.harvestDerivatives(doc);
    String sentence = "";
    boolean afterInline = false;
    for (int b = 0; b < doc.blocks().size(); b++) {
      MathBlock block = doc.blocks().get(b);
      if (block.sectionBreakBefore()) walk.sectionBreak();
      // The prose of a sentence runs on across inline math: "Let $n = 32$, $k = 5$ and $s = 1$."
      sentence = afterInline && !block.sectionBreakBefore() ? sentence + " $ " + block.proseBefore()
          : block.proseBefore();
      if (block.display()) walk.trailingDefinitions(doc, b);
      for (int r = 0; r < block.rows().size(); r++) {
        MathRow row = block.rows().get(r);
        walk.row(block, b, row, r, r == 0 ? sentence : row.proseBefore());
      }
      afterInline = !block.display();
    }
    return walk.pending;
  }

  /** The names to read as functions here: those defined or declared so far, and those differentiated by as applications. */
  private java.util.Set<String> functionNames() {
    if (appliedNames.isEmpty()) return defs.functionNames();
    var all = new java.util.LinkedHashSet<>(defs.functionNames());
    all.addAll(appliedNames);
    return all;
  }

  /** Which names the document differentiates by which, for stand-ins of names it never defines. */
  private void harvestDerivatives(MathDocument doc) {
    var parser = new LatexParser(new ParseOptions(functionNames(), false));
    for (MathBlock block : doc.blocks()) {
      for (MathRow row : block.rows()) {
        try {
          for (Expr t : parseChain(parser, row.text()).terms()) {
            standIns.harvest(t);
            for (var v : derivcheck.expr.Exprs.vars(t)) {
              if (v.name().length() == 1 && Character.isLetter(v.name().charAt(0))) documentLetters.add(v.name());
            }
          }
        } catch (ParseError e) {
          // read again, and reported, by the walk
        }
      }
    }
  }

  /** The row as a chain; {@code \partial L / \partial y} in running text is read as a derivative. */
  private static Chain parseChain(LatexParser parser, String text) throws ParseError {
    return withSlashDerivatives(parser::parseChain, text);
  }

  private static Chain parseDefinition(LatexParser parser, String text) throws ParseError {
    return withSlashDerivatives(parser::parseDefinition, text);
  }

  private interface Reading {
    Chain read(String text) throws ParseError;
  }

  /** Reads the text; if that fails, reads it with slash derivatives rewritten, reporting the first error if both fail. */
  private static Chain withSlashDerivatives(Reading reading, String text) throws ParseError {
    try {
      return reading.read(text);
    } catch (ParseError e) {
      String slash = SlashDerivatives.rewrite(text);
      if (slash.equals(text)) throw e;
      try {
        return reading.read(slash);
      } catch (ParseError again) {
        throw e;
      }
    }
  }

  /** The row's second reading, when its notation has two the document does not settle ({@code sig(x)}). */
  private void otherReading(LatexParser parser, String text) {
    List<LatexParser.Reading> readings;
    try {
      readings = parser.withDocumentLetters(documentLetters).chainReadings(text);
    } catch (ParseError e) {
      return; // read only in its slash-derivative form, which has no typed words to doubt
    }
    if (readings.size() != 2) return;
    readingAssumption = readings.get(0).assumption();
    otherReading = new LatexParser.Reading(ValueCalls.rewrite(readings.get(1).chain(), defs, parser),
        readings.get(1).assumption());
  }

  private void sectionBreak() {
    open = null;
    for (Expr name : sectionConstants) defs = defs.withoutValue(name);
    sectionConstants.clear();
  }

  /**
   * "$$ ... $$ where $\tilde{v} = v/2$ and $\tilde{c} = c + v/2$": definitions in the inline math right after a
   * display, introduced by "where" or "with" in the same sentence, are in force for the display too.
   */
  private void trailingDefinitions(MathDocument doc, int b) {
    for (int j = b + 1; j < doc.blocks().size(); j++) {
      MathBlock next = doc.blocks().get(j);
      if (next.display() || next.sectionBreakBefore()) return;
      String prose = next.proseBefore();
      if (j == b + 1 ? !Cues.trailingDefinition(prose) : Cues.hasSentenceEnd(prose)) return;
      for (MathRow row : next.rows()) {
        LatexParser parser = new LatexParser(new ParseOptions(functionNames(), false, defs.labelledNames()));
        try {
          Chain chain = parseChain(parser, row.text());
          if (chain.leading() || chain.relations().isEmpty()) continue;
          Chain definition = ValueCalls.rewrite(parseDefinition(parser, row.text()), defs, parser);
          var decision = DefinitionRule.decide(chain, definition, true, defs);
          if (decision.kind() == DefinitionRule.Kind.DEFINE) defs = decision.defs();
        } catch (ParseError e) {
          // not a definition derivcheck can read; the walk reports it when it gets there
        }
      }
    }
  }

  private void row(MathBlock block, int b, MathRow row, int r, String prose) {
    int markAt = block.display() ? row.end() : block.end();
    var at = new Where(b, r, markAt, row.latex().start().line());
    LatexParser parser = new LatexParser(new ParseOptions(functionNames(), false, defs.labelledNames()));
    otherReading = null;
    Chain chain;
    try {
      chain = ValueCalls.rewrite(parseChain(parser, row.text()), defs, parser);
      otherReading(parser, row.text());
    } catch (ParseError e) {
      // Inline math that names something derivcheck cannot read ($g_1 = \partial L / \partial y_1$) is skipped.
      boolean naming = !block.display() && Cues.startsWithNaming(row.text());
      if (row.hasRelation() && !naming) {
        unreadable(block, row, e, at);
      } else if (block.display()) {
        open = new Derivation(null); // a display "= ..." after this one continues something unreadable
        open.lastUnreadable = true;
      }
      return;
    }
    if (chain.relations().isEmpty()) {
      declare(chain);
      if (block.display()) open = new Derivation(chain.terms().get(0)); // "$$\frac{d}{dx}\sigma(x)$$ $$= ...$$"
      return;
    }
    if (chain.leading()) {
      if (block.display()) continueLeading(chain, at);
      return;
    }
    Chain definition = null;
    if (chain.relations().get(0) == Relation.EQ || chain.relations().get(0) == Relation.DEFINES) {
      try {
        definition = ValueCalls.rewrite(parseDefinition(parser, row.text()), defs, parser);
      } catch (ParseError e) {
        definition = null;
      }
    }
    IndexNotation.componentHead(chain.terms().get(0)).ifPresent(h -> vectorArguments.put(h.getKey(), h.getValue()));
    chain = bodiesWritten(chain);
    definition = definition == null ? null : bodiesWritten(definition);
    var decision = DefinitionRule.decide(chain, definition, Cues.definition(prose), Cues.recall(prose), defs);
    Definitions before = defs;
    defs = decision.defs();
    if (decision.kind() == DefinitionRule.Kind.CONDITION) return;
    if (decision.kind() == DefinitionRule.Kind.DEFINE && chain.terms().size() >= 2
        && Variables.free(chain.terms().get(1)).isEmpty() && before.value(chain.terms().get(0)).isEmpty()) {
      sectionConstants.add(chain.terms().get(0));
    }
    if (decision.kind() == DefinitionRule.Kind.UNUSABLE) {
      Derivation d = new Derivation(null);
      addUnknown(d, decision.problem(), at);
    }
    Chain rest = decision.chain();
    if (rest == null) {
      if (block.display() && decision.kind() != DefinitionRule.Kind.CLAIM) {
        open = new Derivation(chain.terms().get(chain.terms().size() - 1));
      }
      return;
    }
    if (decision.kind() == DefinitionRule.Kind.CLAIM && (DefinitionRule.isCondition(rest) || Cues.premise(prose))) {
      return;
    }
    Derivation d = null;
    if (block.display() && open != null && !open.lastUnreadable && compatible(open, rest)) {
      Expr lhs = rest.terms().get(0);
      if (lhs.equals(open.last)) {
        d = open;
      } else if (lhs.equals(open.first) && decision.kind() == DefinitionRule.Kind.CLAIM
          && Cues.continuation(prose)) {
        d = open;
        rest = new Chain(rest.terms().subList(1, rest.terms().size()), rest.relations(), rest.conditions(),
            rest.note());
      }
    }
    if (d == null) d = new Derivation(rest.terms().get(0));
    addSteps(d, rest.leading() ? d.last : null, rest, at);
    if (block.display()) open = d;
  }

  /**
   * A statement of shape or range ({@code \mathbf{z} \in \mathbb{R}^K}, {@code c \in \{1, \dots, K\}}) is in
   * force from here: vector and index claims take their sizes and ranges from it.
   */
  private void declare(Chain chain) {
    if (chain.terms().size() != 1 || !(chain.terms().get(0) instanceof derivcheck.expr.Infix i)
        || (i.op() != derivcheck.expr.Infix.Op.IN && i.op() != derivcheck.expr.Infix.Op.COLON)) {
      return;
    }
    try {
      defs = DefinitionReader.add(defs, chain);
    } catch (IllegalArgumentException e) {
      // not a declaration derivcheck reads
    }
  }

  /** The chain with the index shorthand of every term after the first written out ({@code L = -\log S_c}). */
  private Chain bodiesWritten(Chain c) {
    var terms = new ArrayList<Expr>();
    boolean changed = false;
    for (int k = 0; k < c.terms().size(); k++) {
      Expr t = c.terms().get(k);
      Expr r = k == 0 ? t : IndexNotation.rewrite(t, defs, vectorArguments);
      changed |= !r.equals(t);
      terms.add(r);
    }
    return changed ? new Chain(terms, c.relations(), c.conditions(), c.note()) : c;
  }

  /** A row starting with a relation, in a display: continues the open chain if there is one. */
  private void continueLeading(Chain chain, Where at) {
    if (open == null || open.lastUnreadable) {
      Derivation d = open != null ? open : new Derivation(null);
      addUnknown(d, open == null ? "this row starts with a relation, but no chain comes before it"
          : "continues a row that could not be read", at);
      Chain own = ChainSteps.withoutLeading(chain);
      d.first = d.first == null ? own.terms().get(0) : d.first;
      d.last = own.terms().get(0);
      d.lastUnreadable = false;
      addSteps(d, null, own, at);
      open = d;
      return;
    }
    addSteps(open, open.last, chain, at);
  }

  private void unreadable(MathBlock block, MathRow row, ParseError e, Where at) {
    Position p = row.positionOf(e.line(), e.column());
    String why = "cannot parse: " + e.reason() + " (at " + p.line() + ":" + p.column() + ")";
    var where = new Where(at.block, at.row, at.markAt, p.line());
    if (block.display() && row.startsWithRelation() && open != null) {
      addUnknown(open, why, where);
      open.lastUnreadable = true;
      return;
    }
    Derivation d = new Derivation(null);
    addUnknown(d, why, where);
    d.lastUnreadable = true;
    if (block.display()) open = d;
  }

  /** Conditions written on a display that continues a chain must be the chain's own. */
  private boolean compatible(Derivation d, Chain next) {
    return next.conditions().isEmpty() || d.conditions.containsAll(next.conditions());
  }

  private void addSteps(Derivation d, Expr previous, Chain chain, Where at) {
    d.conditions.addAll(chain.conditions());
    List<Chain> conditions = List.copyOf(d.conditions);
    List<Step> others = otherSteps(previous, chain, conditions);
    int k = -1;
    for (Step written : ChainSteps.of(previous, chain, conditions, defs)) {
      k++;
      if (others != null) {
        // the row's notation has two readings: the step is checked under both (ReadingVerdicts)
        Step mine = IndexNotation.rewrite(written, vectorArguments);
        Step other = IndexNotation.rewrite(others.get(k), vectorArguments);
        d.ends = RelationChain.then(d.ends, mine.relation(), d.steps == 0);
        var both = List.of(scheduler.submit(mine), scheduler.submit(other));
        List<String> readings = List.of(readingAssumption, otherReading.assumption()); // now: the fields move on
        add(d, mine, CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).thenApply(none ->
            derivcheck.check.ReadingVerdicts.combine(both.stream().map(CompletableFuture::join).toList(),
                readings)), at);
        continue;
      }
      Step s = IndexNotation.rewrite(written, vectorArguments);
      d.ends = RelationChain.then(d.ends, s.relation(), d.steps == 0);
      Optional<String> general = NumberedOnly.find(s);
      if (general.isPresent()) {
        add(d, s, CompletableFuture.completedFuture(Kernel.notChecked(general.get())), at);
        continue;
      }
      Optional<StandIns.Draws> draws = standIns.forStep(s.lhs(), s.rhs(), s.defs());
      if (draws.isPresent()) {
        // an undefined L differentiated by defined y_1, y_2: checked with random smooth functions of them
        var futures = new ArrayList<CompletableFuture<Verdict>>();
        var steps = new ArrayList<Step>();
        for (Definitions withStandIn : draws.get().defs()) {
          Step drawn = new Step(s.lhs(), s.relation(), s.rhs(), s.conditions(), withStandIn);
          steps.add(drawn);
          futures.add(scheduler.submit(drawn));
        }
        String what = draws.get().what();
        CompletableFuture<Verdict> v = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
            .thenApply(none -> StandInVerdicts.combine(futures.stream().map(CompletableFuture::join).toList(), what));
        add(d, steps.get(0), v, at);
        continue;
      }
      Optional<String> undefined = UndefinedDerivatives.find(s);
      CompletableFuture<Verdict> v = undefined.isPresent()
          ? CompletableFuture.completedFuture(Kernel.notChecked(undefined.get()))
          : scheduler.submit(s);
      add(d, s, v, at);
    }
    d.last = chain.terms().get(chain.terms().size() - 1);
  }

  /**
   * The steps of the row's other reading that pair with {@code chain}'s, or null when the row has one reading. A
   * reading whose chain does not pair term for term (a definition took part of it) is not offered.
   */
  private List<Step> otherSteps(Expr previous, Chain chain, List<Chain> conditions) {
    if (otherReading == null) return null;
    Chain other = otherReading.chain();
    int skip = other.terms().size() - chain.terms().size();
    if (skip < 0 || other.leading() != chain.leading()) return null;
    if (skip > 0) {
      other = new Chain(other.terms().subList(skip, other.terms().size()),
          other.relations().subList(skip, other.relations().size()), other.conditions(), other.note());
    }
    List<Step> steps = ChainSteps.of(previous, other, conditions, defs);
    return steps.size() == ChainSteps.of(previous, chain, conditions, defs).size() ? steps : null;
  }

  private void addUnknown(Derivation d, String why, Where at) {
    d.ends = RelationChain.NONE;
    if (d.steps == 0) d.first = null;
    add(d, null, CompletableFuture.completedFuture(Kernel.notChecked(why)), at);
  }

  private void add(Derivation d, Step s, CompletableFuture<Verdict> v, Where at) {
    if (d.number < 0) d.number = derivations++;
    boolean related = d.first != null && d.ends != RelationChain.NONE;
    pending.add(new Pending(d, d.steps++, file, at.line, s, v, related ? d.first : null, d.ends, at.block,
        at.row, at.markAt));
  }

  /** Where a row is: block and row index, the offset for its mark, and its line. */
  private record Where(int block, int row, int markAt, int line) {}

}
