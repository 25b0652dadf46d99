package derivcheck.solve;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.lib.Definitions;
import java.util.List;

/** Solves claims for tests, with the kernel's default options (one shared kernel and Symja lane). */
final class Solutions {
  private Solutions() {}

  static final Solver SOLVER = new Solver(new Kernel(CheckOptions.defaults()));

  static Solution solve(String latex, String... defines) {
    try {
      Definitions defs = derivcheck.run.Runner.defineAll(Definitions.builtinsOnly(), List.of(defines));
      var entry = ClaimReader.fromLatex(latex, defs);
      if (!entry.supported()) return Solver.unsupported(entry.claim(), entry.unsupported());
      return SOLVER.solve(entry.claim());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static List<String> ruleIds(Solution s) {
    return s.steps().stream().map(v -> v.step().ruleId()).toList();
  }
}
