package derivcheck.cli;

import derivcheck.lib.Definitions;

/** The {@code solve --autodiff} mode (filled in with the autodiff tables). */
final class AutodiffRun {
  private AutodiffRun() {}

  static int run(SolveCommand cmd, Definitions defs) {
    cmd.spec.commandLine().getErr().println("derivcheck: --autodiff is not available yet");
    return ExitCodes.USAGE;
  }
}
