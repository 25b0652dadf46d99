package derivcheck.cli;

import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import derivcheck.run.Verification;
import derivcheck.run.Verifier;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code derivcheck verify FILE...}: checks every step of hand-written derivations in LaTeX or Markdown. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Checks every step of the derivations in a LaTeX (.tex) or Markdown (.md) document: displays "
        + "and chains (a = b = c, rows continued with &=), its own definitions (Let f(x) = ...), side conditions. "
        + "Prints one line per step that does not hold, then a summary; or JSON; or the document annotated with "
        + "a mark beside every step (--format latex). Unless --timeout is given, each symbolic proof gets 2 s here.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every step holds",
        "1:a step is refuted",
        "2:no step is refuted, some are unknown",
        "64:bad usage",
        "65:a file cannot be read"})
final class VerifyCommand implements Callable<Integer> {
  enum VerifyFormat { text, json, latex }

  /** The time limit of one step's symbolic proof unless --timeout says otherwise. */
  private static final Duration VERIFY_STEP_TIMEOUT = Duration.ofSeconds(2);

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--format", description = "text, json or latex (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  VerifyFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "with --format latex: write here instead of standard output (a folder when there are several "
          + "files; each annotated copy is named after its document, ending in .checked.tex)")
  Path output;

  @Option(names = "--proof-budget", paramLabel = "SECONDS",
      description = "once the numeric checks of a document are done, wait for the symbolic proofs still under way "
          + "as long as one finishes at least this often; steps left without a proof are confirmed (numeric "
          + "evidence) instead of proved (default: ${DEFAULT-VALUE})", defaultValue = "4")
  double proofBudgetSeconds;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = ".tex or .md documents")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    for (Path f : files) {
      if (DocKind.of(f.toString()) == null) {
        err.println("derivcheck: " + f + ": verify reads .tex and .md documents");
        return ExitCodes.USAGE;
      }
    }
    if (format == VerifyFormat.latex && files.size() > 1 && (output == null || !Files.isDirectory(output))) {
      err.println("derivcheck: --format latex with several files needs --output FOLDER");
      return ExitCodes.USAGE;
    }
    var prepared = common.prepare(err);
    if (prepared.isEmpty()) return ExitCodes.BAD_INPUT;
    Definitions defs = prepared.get();
    var options = common.checkOptions();
    if (!spec.commandLine().getParseResult().hasMatchedOption("--timeout")) {
      options = options.withSymbolicBudget(VERIFY_STEP_TIMEOUT); // a document has many steps: keep each proof short
    }
    var verifier = new Verifier(new Kernel(options), defs,
        Duration.ofMillis((long) (Math.max(0, proofBudgetSeconds) * 1000)));
    List<Verification> all = new ArrayList<>();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        err.println("derivcheck: " + f + ": not UTF-8 text");
        return ExitCodes.BAD_INPUT;
      } catch (IOException e) {
        err.println("derivcheck: " + f + ": cannot read: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      Verification v = verifier.verify(f.toString(), text, DocKind.of(f.toString()));
      for (var u : v.document().unclosed()) {
        err.println(new derivcheck.doc.Diagnostic(f.toString(), u.at(), "warning: " + u.message()).render(text));
      }
      all.add(v);
    }
    switch (format) {
      case json:
        out.println(JsonReport.verify(all));
        break;
      case latex:
        writeLatex(all, out);
        break;
      default:
        VerifyTextReport.print(all, out);
    }
    out.flush();
    return exitCode(all);
  }

  private void writeLatex(List<Verification> all, java.io.PrintWriter out) throws IOException {
    for (Verification v : all) {
      String tex = AnnotatedLatex.of(v);
      if (output == null) {
        out.print(tex);
      } else if (Files.isDirectory(output)) {
        String name = Path.of(v.file()).getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".checked.tex";
        Files.writeString(output.resolve(name), tex, StandardCharsets.UTF_8);
      } else {
        Files.writeString(output, tex, StandardCharsets.UTF_8);
      }
    }
  }

  /** 1 if a step is refuted, else 2 if one is unknown, else 0. */
  static int exitCode(List<Verification> all) {
    boolean unknown = false;
    for (Verification v : all) {
      for (var s : v.steps()) {
        Verdict.Kind k = s.result().verdict().kind();
        if (k == Verdict.Kind.REFUTED) return ExitCodes.FAILED;
        if (!k.holds()) unknown = true;
      }
    }
    return unknown ? ExitCodes.UNKNOWN : ExitCodes.OK;
  }
}
