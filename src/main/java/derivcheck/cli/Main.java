package derivcheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code derivcheck} command line. */
@Command(name = "derivcheck", mixinStandardHelpOptions = true, version = "derivcheck 0.1",
    description = "Checks LaTeX derivations step by step: proved, confirmed, refuted (with a counterexample), "
        + "unknown (with the reason) or error.",
    subcommands = {ClaimCommand.class, CheckCommand.class, VerifyCommand.class, SolveCommand.class,
        ParseCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything holds as expected",
        "1:a claim or step is refuted or not as expected",
        "2:something is only unknown",
        "64:bad usage",
        "65:bad input (a formula or file that cannot be read)",
        "70:internal error"})
public final class Main implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "name a command: claim, check, verify, solve or parse");
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests too). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    var cmd = new CommandLine(new Main());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    // a formula may start with a minus sign: '-\ln x = ...' is the claim, not an unknown option
    cmd.setUnmatchedOptionsArePositionalParams(true);
    cmd.setParameterExceptionHandler((ex, argv) -> {
      err.println("derivcheck: " + ex.getMessage());
      err.println("Try 'derivcheck --help'.");
      return ExitCodes.USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, command, parseResult) -> {
      err.println("derivcheck: internal error: " + ex);
      if (System.getenv("DERIVCHECK_DEBUG") != null) ex.printStackTrace(err);
      return ExitCodes.INTERNAL;
    });
    return cmd.execute(args);
  }
}
