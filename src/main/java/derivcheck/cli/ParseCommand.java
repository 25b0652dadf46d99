package derivcheck.cli;

import derivcheck.doc.Diagnostic;
import derivcheck.doc.Position;
import derivcheck.expr.Chain;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseError;
import derivcheck.parse.ParseOptions;
import derivcheck.render.JsonWriter;
import derivcheck.render.TextForm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code derivcheck parse}: shows the tree derivcheck reads from a formula. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Prints the expression tree of each formula (its canonical text form), or where and why it "
        + "cannot be read. With no formula, reads one per line of standard input.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Parameters(paramLabel = "LATEX", arity = "0..*", description = "formulas")
  List<String> formulas = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    List<String> inputs = formulas;
    String source = "<arg>";
    if (inputs.isEmpty()) {
      inputs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList();
      source = "<stdin>";
    }
    var parser = new LatexParser(ParseOptions.defaults());
    boolean anyError = false;
    for (int i = 0; i < inputs.size(); i++) {
      String in = inputs.get(i);
      if (source.equals("<stdin>") && in.isBlank()) continue;
      int line = source.equals("<stdin>") ? i + 1 : 1;
      try {
        Chain c = parser.parseChain(in);
        String tree = TextForm.print(c);
        if (format == Format.json) {
          out.println(JsonWriter.object().put("input", in).put("ok", true).put("tree", tree).toJson());
        } else {
          out.println(tree);
        }
      } catch (ParseError e) {
        anyError = true;
        if (format == Format.json) {
          out.println(JsonWriter.object().put("input", in).put("ok", false)
              .put("error", e.line() + ":" + e.column() + ": " + e.reason()).put("column", e.column()).toJson());
        } else {
          var d = new Diagnostic(source, new Position(line, 1).offset(e.line(), e.column()), e.reason());
          out.println(d.render(source.equals("<stdin>") ? String.join("\n", inputs) : in));
        }
      }
    }
    out.flush();
    return anyError ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }
}
