package derivcheck.cli;

import derivcheck.check.Kernel;
import derivcheck.lib.Definitions;
import derivcheck.run.Result;
import derivcheck.run.Runner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code derivcheck claim LATEX}: one claim, its verdict and evidence. */
@Command(name = "claim", mixinStandardHelpOptions = true,
    description = "Checks one claim, e.g. '\\sigma(x) = \\frac{1}{2}(\\tanh(x/2) + 1)', and prints the verdict "
        + "with its evidence.")
final class ClaimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Parameters(paramLabel = "LATEX", description = "the claim: a chain such as a = b or a = b \\le c")
  String latex;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var prepared = common.prepare(err);
    if (prepared.isEmpty()) return ExitCodes.BAD_INPUT;
    Definitions defs = prepared.get();
    List<Result> results = new Runner(new Kernel(common.checkOptions()), defs).runClaim(latex);
    if (format == Format.json) out.println(JsonReport.of(results));
    else TextReport.claims(results, out, err);
    err.flush();
    out.flush();
    return ExitCodes.of(results);
  }
}
