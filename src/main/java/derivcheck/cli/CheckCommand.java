package derivcheck.cli;

import derivcheck.check.Kernel;
import derivcheck.lib.Definitions;
import derivcheck.run.Result;
import derivcheck.run.Runner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code derivcheck check PATH...}: runs problem and proof files like a test suite. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Runs every claim and derivation of the given .tex files (folders are searched recursively) "
        + "and compares each verdict with what the file expects.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = ".tex files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("derivcheck: no such file or folder: " + p);
        return ExitCodes.USAGE;
      }
      files.addAll(texFiles(p));
    }
    var prepared = common.prepare(err);
    if (prepared.isEmpty()) return ExitCodes.BAD_INPUT;
    Definitions defs = prepared.get();
    var runner = new Runner(new Kernel(common.checkOptions()), defs);
    List<Result> all = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<Result> results = runner.runFile(f.toString(), text);
      all.addAll(results);
    }
    if (format == Format.json) out.println(JsonReport.of(all));
    else TextReport.suite(all, out);
    out.flush();
    return ExitCodes.of(all);
  }

  private static List<Path> texFiles(Path p) throws IOException {
    if (Files.isRegularFile(p)) return List.of(p);
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".tex")).sorted().toList();
    }
  }
}
