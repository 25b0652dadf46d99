package derivcheck.cli;

import derivcheck.cas.Cas;
import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.lib.Definitions;
import derivcheck.run.Runner;
import derivcheck.solve.ClaimReader;
import derivcheck.solve.Solution;
import derivcheck.solve.SolutionLatex;
import derivcheck.solve.SolutionMarkdown;
import derivcheck.solve.SolutionText;
import derivcheck.solve.Solver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code derivcheck solve}: step-by-step solutions in which every step is named and checked by the kernel. */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Writes a step-by-step solution of each claim (every claim of the files not marked [false], or "
        + "the one named by --claim, or the formula given with -e): derivatives one named rule at a time, then "
        + "algebra towards the right side. Every step is checked by the kernel; where no step can be verified the "
        + "solution stops and says so. With --autodiff, prints the computation graph, forward and reverse mode "
        + "tables and finite differences for the functions given with -e or defined in the files.")
final class SolveCommand implements Callable<Integer> {
  enum SolveFormat { latex, md, text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", description = "latex, md, text or json (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  SolveFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the output to FILE instead of the terminal")
  Path out;

  @Option(names = "--claim", paramLabel = "ID", description = "solve only the claim with this id")
  String claimId;

  @Option(names = "-e", paramLabel = "LATEX",
      description = "a claim ('a = b') or an expression to work out ('\\frac{d}{dx} ...'); with --autodiff, a "
          + "function 'f(w_1, w_2) = ...' (repeatable)")
  List<String> expressions = new ArrayList<>();

  @Option(names = "--define", paramLabel = "LATEX", description = "a definition in force for every claim")
  List<String> defines = new ArrayList<>();

  @Option(names = "--autodiff", description = "automatic differentiation tables instead of a solution")
  boolean autodiff;

  @Option(names = "--at", paramLabel = "POINT", description = "with --autodiff: the point, e.g. 'w_1=1, w_2=2'")
  String at;

  @Option(names = "--delta", description = "with --autodiff: the finite-difference step (default: ${DEFAULT-VALUE})",
      defaultValue = "0.01")
  double delta;

  @Option(names = "--seed", description = "seed of the kernel's random points (default: ${DEFAULT-VALUE})",
      defaultValue = "20261122")
  long seed;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit of the symbolic proof of one step (default: ${DEFAULT-VALUE})", defaultValue = "10")
  double timeoutSeconds;

  @Parameters(paramLabel = "PROBLEM-FILE", arity = "0..*", description = ".tex problem files or folders")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if (files.isEmpty() == expressions.isEmpty() && !(autodiff && !files.isEmpty())) {
      err.println("derivcheck: give problem files or -e LATEX (not both)");
      return ExitCodes.USAGE;
    }
    Cas.warmUpInBackground();
    Definitions defs;
    try {
      defs = Runner.defineAll(Definitions.builtinsOnly(), defines);
    } catch (Runner.InputProblem p) {
      err.println(p.diagnostic());
      return ExitCodes.BAD_INPUT;
    }
    if (autodiff) return AutodiffRun.run(this, defs);
    List<ClaimReader.Entry> entries = new ArrayList<>();
    try {
      for (String e : expressions) entries.add(ClaimReader.fromLatex(e, defs));
      for (Path p : files) {
        if (!Files.exists(p)) {
          err.println("derivcheck: no such file or folder: " + p);
          return ExitCodes.USAGE;
        }
        for (Path f : texFiles(p)) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (claimId != null && !text.contains(claimId)) continue;
          entries.addAll(ClaimReader.fromFile(f.toString(), text, defs, claimId));
        }
      }
    } catch (ClaimReader.BadInput e) {
      err.println("derivcheck: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (entries.isEmpty()) {
      err.println("derivcheck: no claim to solve" + (claimId == null ? "" : " with id '" + claimId + "'"));
      return ExitCodes.USAGE;
    }
    var solver = new Solver(new Kernel(checkOptions()));
    List<Solution> solutions = new ArrayList<>();
    boolean failed = false;
    boolean unsupported = false;
    for (var entry : entries) {
      Solution s = entry.supported() ? solver.solve(entry.claim()) : Solver.unsupported(entry.claim(),
          entry.unsupported());
      solutions.add(s);
      failed |= s.outcome() == Solution.Outcome.NO_PATH;
      unsupported |= s.outcome() == Solution.Outcome.UNSUPPORTED;
    }
    write(render(solutions));
    if (failed) return ExitCodes.FAILED;
    boolean explicit = claimId != null || !expressions.isEmpty();
    return unsupported && explicit ? ExitCodes.UNKNOWN : ExitCodes.OK;
  }

  CheckOptions checkOptions() {
    var base = CheckOptions.defaults();
    return new CheckOptions(seed, base.points(), Duration.ofMillis((long) (timeoutSeconds * 1000)),
        base.numericBudget(), true);
  }

  private String render(List<Solution> solutions) {
    switch (format) {
      case latex: return SolutionLatex.document(solutions);
      case md: return SolutionMarkdown.all(solutions);
      case json: return SolveJson.of(solutions) + "\n";
      default: return SolutionText.all(solutions);
    }
  }

  void write(String text) throws IOException {
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      var w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    }
  }

  static List<Path> texFiles(Path p) throws IOException {
    if (Files.isRegularFile(p)) return List.of(p);
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".tex")).sorted().toList();
    }
  }
}
