package derivcheck.solve;

import derivcheck.doc.DocError;
import derivcheck.doc.Expectation;
import derivcheck.doc.Item;
import derivcheck.doc.ProblemFileReader;
import derivcheck.expr.Chain;
import derivcheck.expr.Relation;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import derivcheck.run.Runner;
import java.util.ArrayList;
import java.util.List;

/** Reads the claims to solve from problem files and from the command line. */
public final class ClaimReader {
  private ClaimReader() {}

  /** A claim ready to solve, or one the solver does not take, with the reason. */
  public record Entry(Claim claim, String unsupported) {
    public boolean supported() {
      return unsupported == null;
    }
  }

  /** Input that cannot be read, with a message for people. */
  public static final class BadInput extends Exception {
    public BadInput(String message) {
      super(message);
    }
  }

  /**
   * The claims of one problem file, with the definitions in force at each. With {@code only} null, every claim
   * except those marked {@code [false]}; otherwise the claim with that id (which need not hold).
   */
  public static List<Entry> fromFile(String file, String text, Definitions base, String only) throws BadInput {
    List<Item> items;
    try {
      items = ProblemFileReader.read(text);
    } catch (DocError e) {
      throw new BadInput(file + ":" + e.position().line() + ": " + e.getMessage());
    }
    var out = new ArrayList<Entry>();
    Definitions defs = base;
    for (Item item : items) {
      if (item instanceof Item.Define d) {
        try {
          defs = Runner.defineAll(defs, List.of(d.latex().text()));
        } catch (Runner.InputProblem p) {
          throw new BadInput(file + ":" + d.position().line() + ": " + p.diagnostic());
        }
      } else if (item instanceof Item.Claim c) {
        boolean wanted = only == null ? c.expect() != Expectation.FALSE : c.id().equals(only);
        if (!wanted) continue;
        String source = file + ":" + c.latex().start().line();
        out.add(entry(c.id(), source, c.latex().text(), defs));
      }
    }
    if (only != null && out.isEmpty()) throw new BadInput(file + ": no claim with id '" + only + "'");
    return out;
  }

  /** A claim or an expression given on the command line. */
  public static Entry fromLatex(String latex, Definitions defs) throws BadInput {
    return entry("", "<arg>:1", latex, defs);
  }

  private static boolean beyondArithmetic(derivcheck.expr.Expr e) {
    // Bold names are vectors and matrices by convention (see the tensor package).
    if (e instanceof derivcheck.expr.Var v && (v.name().startsWith("\\mathbf{") || v.name().startsWith("\\boldsymbol{"))) {
      return true;
    }
    return !(e instanceof derivcheck.expr.Num || e instanceof derivcheck.expr.Const || e instanceof derivcheck.expr.Var
        || e instanceof derivcheck.expr.Neg || e instanceof derivcheck.expr.Add || e instanceof derivcheck.expr.Mul
        || e instanceof derivcheck.expr.Div || e instanceof derivcheck.expr.Pow || e instanceof derivcheck.expr.Call
        || e instanceof derivcheck.expr.Deriv || e instanceof derivcheck.expr.Abs
        || e instanceof derivcheck.expr.Indexed || e instanceof derivcheck.expr.BigOp);
  }

  private static Entry entry(String id, String source, String latex, Definitions defs) throws BadInput {
    Chain chain;
    try {
      chain = new LatexParser(new ParseOptions(defs.functionNames(), false, defs.labelledNames())).parseChain(latex);
    } catch (ParseError e) {
      throw new BadInput(source + ":" + e.column() + ": " + e.reason());
    }
    if (chain.leading()) throw new BadInput(source + ": starts with a relation");
    var terms = chain.terms();
    // what the kernel checks as vectors, matrices or indices (a declared h^1 entry, a file's S_{ij}) is not scalar
    boolean tensor = terms.size() > 1 && derivcheck.tensor.TensorClaims.applies(terms.get(0),
        terms.get(terms.size() - 1), chain.conditions(), defs);
    for (var t : terms) {
      if (tensor || derivcheck.expr.Exprs.any(t, ClaimReader::beyondArithmetic)) {
        Claim c = new Claim(id, source, terms.get(0), terms.size() > 1 ? terms.get(terms.size() - 1) : null,
            chain.conditions(), defs);
        return new Entry(c, "vector, set and other notation beyond arithmetic is not solved step by step yet");
      }
    }
    if (terms.size() == 1) {
      return new Entry(new Claim(id, source, terms.get(0), null, chain.conditions(), defs), null);
    }
    Claim claim = new Claim(id, source, terms.get(0), terms.get(terms.size() - 1), chain.conditions(), defs);
    for (Relation r : chain.relations()) {
      if (r != Relation.EQ) {
        return new Entry(claim, "only equalities and derivatives are solved step by step; this claim has '"
            + r.latex() + "'");
      }
    }
    return new Entry(claim, null);
  }
}
