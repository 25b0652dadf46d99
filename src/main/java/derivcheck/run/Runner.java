package derivcheck.run;

import derivcheck.check.Kernel;
import derivcheck.check.Step;
import derivcheck.check.Verdict;
import derivcheck.doc.DocError;
import derivcheck.doc.Diagnostic;
import derivcheck.doc.Expectation;
import derivcheck.doc.Item;
import derivcheck.doc.Position;
import derivcheck.doc.ProblemFileReader;
import derivcheck.doc.Snippet;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs claims and problem files through the parser and the kernel. Steps are submitted as they are read, so the
 * numeric checks of later steps overlap the symbolic proofs of earlier ones; results come back in file order.
 */
public final class Runner {
  private final Kernel kernel;
  private final Definitions base;

  public Runner(Kernel kernel, Definitions base) {
    this.kernel = kernel;
    this.base = base;
  }

  /** A step whose verdict may still be on its way. */
  private record Pending(String file, int line, String id, int derivation, int step, Step stepInput,
      CompletableFuture<Verdict> verdict, Expectation expected, String message) {
    Result join() {
      return new Result(file, line, id, derivation, step,
          stepInput == null ? null : stepInput.lhs(),
          stepInput == null ? null : stepInput.relation(),
          stepInput == null ? null : stepInput.rhs(),
          verdict.join(), expected, message);
    }
  }

  /** Checks one claim given on the command line; its source is {@code <arg>}. */
  public List<Result> runClaim(String latex) {
    var out = new ArrayList<Pending>();
    var snippet = new Snippet(latex, new Position(1, 1));
    claimSteps("<arg>", latex, snippet, "", 0, Expectation.HOLDS, base, out);
    return joinAll(out);
  }

  /** Checks every directive of one problem or proof file. */
  public List<Result> runFile(String file, String text) {
    var out = new ArrayList<Pending>();
    List<Item> items;
    try {
      items = ProblemFileReader.read(text);
    } catch (DocError e) {
      out.add(inputError(file, text, e.position(), e.getMessage(), "", 0, Expectation.HOLDS));
      return joinAll(out);
    }
    Definitions defs = base;
    int derivation = 0;
    for (Item item : items) {
      if (item instanceof Item.Define d) {
        try {
          defs = define(defs, d.latex(), file, text);
        } catch (InputProblem p) {
          out.add(p.pending);
        }
      } else if (item instanceof Item.Claim c) {
        claimSteps(file, text, c.latex(), c.id(), derivation++, c.expect(), defs, out);
      } else if (item instanceof Item.Derivation d) {
        derivationSteps(file, text, d, derivation++, defs, out);
      }
    }
    return joinAll(out);
  }

  /** Reads {@code --define} arguments (each a definition) on top of the builtins. */
  public static Definitions defineAll(Definitions start, List<String> definitions) throws InputProblem {
    Definitions defs = start;
    for (String latex : definitions) {
      defs = define(defs, new Snippet(latex, new Position(1, 1)), "<define>", latex);
    }
    return defs;
  }

  /** A definition or formula that could not be read, as a ready result. */
  public static final class InputProblem extends Exception {
    private final transient Pending pending;

    private InputProblem(Pending pending) {
      super(pending.message());
      this.pending = pending;
    }

    /** The diagnostic with caret. */
    public String diagnostic() {
      return pending.message();
    }
  }

  private static Definitions define(Definitions defs, Snippet s, String file, String text) throws InputProblem {
    Chain c;
    try {
      c = parser(defs).parseDefinition(s.text());
    } catch (ParseError e) {
      throw new InputProblem(inputError(file, text, s.start().offset(e.line(), e.column()), e.reason(), "", 0,
          Expectation.HOLDS));
    }
    try {
      return DefinitionReader.add(defs, c);
    } catch (IllegalArgumentException e) {
      throw new InputProblem(inputError(file, text, s.start(), e.getMessage(), "", 0, Expectation.HOLDS));
    }
  }

  private void claimSteps(String file, String text, Snippet s, String id, int derivation, Expectation expect,
      Definitions defs, List<Pending> out) {
    Chain chain;
    List<LatexParser.Reading> readings;
    try {
      readings = parser(defs).chainReadings(s.text());
      chain = readings.get(0).chain();
    } catch (ParseError e) {
      out.add(inputError(file, text, s.start().offset(e.line(), e.column()), e.reason(), id, derivation, expect));
      return;
    }
    if (chain.leading() || chain.relations().isEmpty()) {
      out.add(inputError(file, text, s.start(), "a claim needs a relation between two expressions, like a = b",
          id, derivation, expect));
      return;
    }
    if (expect == Expectation.FALSE && chain.relations().size() != 1) {
      out.add(inputError(file, text, s.start(), "a [false] claim must state a single relation; mark one step of a"
          + " derivation with '% expect: false' instead", id, derivation, expect));
      return;
    }
    var perReading = new ArrayList<List<Step>>();
    for (LatexParser.Reading r : readings) {
      perReading.add(ChainSteps.of(null, r.chain(), r.chain().conditions(), defs).stream()
          .map(written -> IndexNotation.rewrite(written, java.util.Map.of())) // \delta_{ij}, S_i
          .toList());
    }
    for (int k = 0; k < perReading.get(0).size(); k++) {
      Step step = perReading.get(0).get(k);
      out.add(new Pending(file, s.start().line(), id, derivation, k, step,
          Readings.check(kernel::check, perReading, readings, k), expect, null));
    }
  }

  private void derivationSteps(String file, String text, Item.Derivation d, int derivation, Definitions defs,
      List<Pending> out) {
    Expr previous = null;
    boolean previousUnreadable = false;
    int stepIndex = 0;
    for (Item.Row row : d.rows()) {
      Snippet s = row.latex();
      int line = s.start().line();
      Chain chain;
      try {
        chain = parser(defs).parseChain(s.text());
      } catch (ParseError e) {
        out.add(inputError(file, text, s.start().offset(e.line(), e.column()), e.reason(), d.id(), derivation,
            row.expect()));
        previous = null;
        previousUnreadable = true;
        continue;
      }
      List<Expr> terms = chain.terms();
      if (chain.leading() && previous == null) {
        String why = previousUnreadable ? "continues a row that could not be read"
            : "this row starts with a relation but no row comes before it";
        Step none = null;
        out.add(new Pending(file, line, d.id(), derivation, stepIndex++, none,
            CompletableFuture.completedFuture(previousUnreadable ? Kernel.notChecked(why) : Kernel.inputError(why)),
            row.expect(), previousUnreadable ? null : why));
        chain = ChainSteps.withoutLeading(chain);
      }
      for (Step written : ChainSteps.of(previous, chain, chain.conditions(), defs)) {
        Step step = IndexNotation.rewrite(written, java.util.Map.of());
        out.add(new Pending(file, line, d.id(), derivation, stepIndex++, step, kernel.check(step), row.expect(),
            null));
      }
      previous = terms.get(terms.size() - 1);
      previousUnreadable = false;
    }
  }

  private static Pending inputError(String file, String text, Position at, String reason, String id,
      int derivation, Expectation expect) {
    String message = new Diagnostic(file, at, reason).render(text);
    return new Pending(file, at.line(), id, derivation, 0, null,
        CompletableFuture.completedFuture(Kernel.inputError(reason)), expect, message);
  }

  private static LatexParser parser(Definitions defs) {
    return new LatexParser(new ParseOptions(defs.functionNames(), false, defs.labelledNames()));
  }

  private static List<Result> joinAll(List<Pending> pending) {
    var out = new ArrayList<Result>();
    for (Pending p : pending) out.add(p.join());
    return out;
  }
}
