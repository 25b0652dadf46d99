package derivcheck.cli;

import derivcheck.check.Kernel;
import derivcheck.doc.DocError;
import derivcheck.doc.Expectation;
import derivcheck.doc.Item;
import derivcheck.doc.ProblemFileReader;
import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Deriv;
import derivcheck.expr.Expr;
import derivcheck.expr.Relation;
import derivcheck.lib.Definitions;
import derivcheck.lib.Lowering;
import derivcheck.lib.LoweringException;
import derivcheck.numeric.UnsupportedExpressionException;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import derivcheck.run.Result;
import derivcheck.solve.autodiff.Autodiff;
import derivcheck.solve.autodiff.AutodiffReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code solve --autodiff}: the functions come from {@code -e 'f_1(w_1, w_2) = ...'} (repeatable) or from the
 * {@code \define}s of the given files; {@code --at 'w_1=1, w_2=2'} gives the point.
 */
final class AutodiffRun {
  private AutodiffRun() {}

  static int run(SolveCommand cmd, Definitions base) throws IOException {
    var err = cmd.spec.commandLine().getErr();
    if (cmd.at == null) {
      err.println("derivcheck: --autodiff needs the point, e.g. --at 'w_1=1, w_2=2'");
      return ExitCodes.USAGE;
    }
    Definitions defs = base;
    List<String> sources = new ArrayList<>(cmd.expressions);
    try {
      for (Path p : cmd.files) {
        for (Path f : SolveCommand.texFiles(p)) {
          for (Item item : ProblemFileReader.read(Files.readString(f, StandardCharsets.UTF_8))) {
            if (item instanceof Item.Define d) sources.add(d.latex().text());
          }
        }
      }
      var functions = new ArrayList<Autodiff.Function>();
      List<Expr> inputs = null;
      for (String src : sources) {
        Chain c = new LatexParser(new ParseOptions(defs.functionNames(), false, defs.labelledNames())).parseDefinition(src);
        if (c.terms().size() != 2 || !(c.terms().get(0) instanceof Call head)) {
          err.println("derivcheck: expected a function definition 'f(w_1, w_2) = ...': " + src);
          return ExitCodes.BAD_INPUT;
        }
        if (inputs == null) inputs = head.args();
        else if (!inputs.equals(head.args())) {
          err.println("derivcheck: every function must take the same inputs: " + src);
          return ExitCodes.BAD_INPUT;
        }
        functions.add(new Autodiff.Function(head.fn(), Lowering.inline(c.terms().get(1), defs)));
      }
      if (functions.isEmpty()) {
        err.println("derivcheck: --autodiff found no function to differentiate");
        return ExitCodes.USAGE;
      }
      List<Expr> point = point(cmd.at, inputs, defs);
      var tables = Autodiff.compute(functions, inputs, point, cmd.delta, new Kernel(cmd.checkOptions()), defs);
      String text;
      switch (cmd.format) {
        case latex: text = AutodiffReport.latexDocument(tables); break;
        case md: text = AutodiffReport.markdown(tables); break;
        case json: text = json(tables) + "\n"; break;
        default: text = AutodiffReport.text(tables);
      }
      cmd.write(text);
      return tables.allVerified() ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (DocError | ParseError | LoweringException | UnsupportedExpressionException
        | IllegalArgumentException e) {
      err.println("derivcheck: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  /** {@code w_1=1, w_2=2} in the order of the inputs. */
  private static List<Expr> point(String at, List<Expr> inputs, Definitions defs) throws ParseError {
    var parser = new LatexParser(new ParseOptions(defs.functionNames(), false, defs.labelledNames()));
    Map<Expr, Expr> given = new HashMap<>();
    for (String part : at.split(",")) {
      Chain c = parser.parseChain(part.trim());
      if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQ) {
        throw new IllegalArgumentException("--at expects 'name=value' pairs, not '" + part.trim() + "'");
      }
      given.put(c.terms().get(0), c.terms().get(1));
    }
    var out = new ArrayList<Expr>();
    for (Expr in : inputs) {
      Expr v = given.get(in);
      if (v == null) throw new IllegalArgumentException("--at gives no value for " + in);
      out.add(v);
    }
    return out;
  }

  private static String json(Autodiff.Tables t) {
    var results = new ArrayList<Result>();
    int k = 0;
    for (int i = 0; i < t.functions().size(); i++) {
      for (int j = 0; j < t.inputs().size(); j++) {
        var lhs = new Deriv(t.functions().get(i).body(), t.inputs().get(j), 1, true);
        String detail = String.format(java.util.Locale.ROOT,
            "at the point: %.9g (forward mode %.9g, reverse mode %.9g, finite difference %.9g); %s",
            t.jacobian()[i][j], t.tangents()[j][t.graph().outputs().get(i)], t.adjoints()[i][j],
            t.finiteDifferences()[i][j], t.verdicts()[i][j].detail());
        results.add(new Result("<autodiff>", 0, AutodiffReport.entryName(t, i, j), 0, k++, lhs, Relation.EQ,
            t.exact()[i][j], t.verdicts()[i][j], Expectation.HOLDS, detail));
      }
    }
    return JsonReport.of(results);
  }
}
