package derivcheck.cas;

import static derivcheck.cas.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symja never writes to the console, and a program that used it can exit as soon as main returns. */
class QuietnessTest {
  @Test
  void aColdJvmPrintsNothingAndExitsPromptly(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.txt");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process = new ProcessBuilder(java, "-Xss8m", "-cp", System.getProperty("java.class.path"),
        ColdStartMain.class.getName(), report.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
    long exitedAt = System.currentTimeMillis();
    assertEquals("", Files.readString(out), "stdout");
    assertEquals("", Files.readString(err), "stderr");
    assertEquals(0, process.exitValue());

    List<String> lines = Files.readAllLines(report);
    for (var c : Claims.TRUE) assertTrue(lines.stream().anyMatch(l -> l.startsWith("claim " + c.name() + " | PROVED")),
        () -> c.name() + " in " + lines);
    for (var c : Claims.FALSE) assertTrue(lines.stream().anyMatch(l -> l.startsWith("claim " + c.name() + " | NOT_PROVED")),
        () -> c.name() + " in " + lines);
    assertTrue(lines.contains("timeout TIMEOUT"), lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.equals("noisy PROVED")), lines::toString);
    long mainReturned = Long.parseLong(lines.get(lines.size() - 1).substring("main-returns-at ".length()));
    assertTrue(exitedAt - mainReturned < 3000, "the JVM lingered " + (exitedAt - mainReturned) + " ms after main");
    var measured = new java.util.ArrayList<>(lines);
    measured.add("jvm-exit-after-main-ms " + (exitedAt - mainReturned));
    Files.write(Path.of("target", "cas-cold-start.txt"), measured);
  }

  @Test
  void nothingReachesSystemOutOrErrDuringCalls() {
    Cas.warmUpFuture().join();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    var captured = new ByteArrayOutputStream();
    var capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      var budget = Duration.ofSeconds(10);
      Cas.proveEqual(div(n(1), n(0)), n(1), List.of(), budget);
      Cas.proveEqual(ln(n(0)), X, List.of(), budget);
      Cas.proveEqual(d(softsign(X), X), div(n(1), pow(add(n(1), abs(X)), n(2))), List.of(), budget);
      Cas.simplify(pow(n(0), n(0)), budget);
      Cas.differentiate(abs(X), X, budget);
      Cas.factorTogether(div(sub(pow(X, n(2)), n(1)), sub(X, n(1))), budget);
      Cas.proveEqual(TimeoutTest.HUGE_LHS, TimeoutTest.HUGE_RHS, List.of(), Duration.ofMillis(200));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }
}
