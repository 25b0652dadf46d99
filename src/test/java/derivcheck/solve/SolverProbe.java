package derivcheck.solve;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.expr.Chain;
import derivcheck.lib.Definitions;
import derivcheck.parse.LatexParser;
import derivcheck.parse.ParseOptions;
import derivcheck.render.LatexPrinter;
import derivcheck.run.Runner;
import java.util.List;

/** Manual probe: prints the proposed (and, with -v, verified) steps for claims given as arguments. */
public final class SolverProbe {
  public static void main(String[] args) throws Exception {
    boolean verify = args.length > 0 && args[0].equals("-v");
    Definitions defs = Runner.defineAll(Definitions.builtinsOnly(),
        List.of("\\operatorname{CE}(p, t) = -t\\log(p) - (1 - t)\\log(1 - p)", "g(x) = \\frac{x}{1 + |x|}"));
    var parser = new LatexParser(new ParseOptions(defs.functionNames(), false));
    var solver = new Solver(new Kernel(CheckOptions.defaults()));
    for (String a : args) {
      if (a.equals("-v")) continue;
      Chain c = parser.parseChain(a);
      var claim = new Claim("probe", "<arg>", c.terms().get(0), c.terms().size() > 1 ? c.terms().get(c.terms().size() - 1) : null,
          c.conditions(), defs);
      System.out.println("== " + a);
      long t0 = System.nanoTime();
      var steps = Shortcuts.apply(solver.propose(claim));
      long t1 = System.nanoTime();
      System.out.println("   " + LatexPrinter.print(claim.lhs()));
      for (var s : steps) {
        System.out.println("   = " + LatexPrinter.print(s.to()) + "    [" + s.ruleId() + "]"
            + (s.note().isEmpty() ? "" : " " + s.note().words() + " " + (s.note().lhs() == null ? "" : LatexPrinter.print(s.note().lhs()))
            + (s.note().rhs() == null ? "" : " = " + LatexPrinter.print(s.note().rhs()))));
      }
      System.out.printf("   (%d steps, proposed in %.1f ms)%n", steps.size(), (t1 - t0) / 1e6);
      if (verify) {
        var sol = solver.verify(claim, steps);
        System.out.printf("   outcome %s in %.1f ms %s%n", sol.outcome(), (System.nanoTime() - t1) / 1e6,
            sol.stopped() == null ? "" : sol.stopped().verdict().toString());
      }
    }
    System.exit(0);
  }
}
