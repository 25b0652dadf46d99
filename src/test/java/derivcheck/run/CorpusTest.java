package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.doc.Expectation;
import derivcheck.lib.Definitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression suite of identity claims: every claim and derivation step in {@code problems/} and {@code proofs/}
 * must come out as its file says.
 */
class CorpusTest {
  static List<Result> results;

  @BeforeAll
  static void runCorpus() throws IOException {
    derivcheck.cas.Cas.warmUpInBackground();
    var runner = new Runner(new Kernel(CheckOptions.defaults()), Definitions.builtinsOnly());
    results = new ArrayList<>();
    for (Path f : texFiles(Path.of("problems"), Path.of("proofs"))) {
      results.addAll(runner.runFile(f.toString(), Files.readString(f)));
    }
  }

  static List<Path> texFiles(Path... roots) throws IOException {
    var out = new ArrayList<Path>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".tex")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void everyExpectationHolds() {
    String failures = results.stream().filter(r -> !r.asExpected())
        .map(r -> r.source() + " " + r.id() + " step " + r.step() + ": expected " + r.expected().word() + ", got "
            + r.verdict())
        .collect(Collectors.joining("\n"));
    assertEquals("", failures);
  }

  @Test
  void theCorpusExercisesEveryKindOfExpectation() {
    long falseVariants = results.stream().filter(r -> r.expected() == Expectation.FALSE).count();
    long proved = results.stream().filter(r -> r.verdict().kind() == Verdict.Kind.PROVED).count();
    assertTrue(falseVariants >= 10, "false variants: " + falseVariants);
    assertTrue(proved >= 40, "proved: " + proved);
    assertTrue(results.stream().noneMatch(r -> r.verdict().kind() == Verdict.Kind.ERROR));
  }

  @Test
  void everyRefutationCarriesItsCounterexample() {
    for (Result r : results) {
      if (r.verdict().kind() == Verdict.Kind.REFUTED) {
        assertTrue(r.verdict().counterexample().isPresent(), r::toString);
      }
    }
  }
}
