package derivcheck.cas;

import java.io.OutputStream;
import java.io.PrintStream;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;

/** The one place that sets Symja's JVM-wide switches and makes engines. */
final class SymjaRuntime {
  private SymjaRuntime() {}

  /** Symja prints messages on the engine's streams; ours discard them so nothing reaches the console. */
  private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

  private static boolean configured;

  /** Must run before Symja's first use: the switches only count before its static initialisation. */
  static synchronized void configure() {
    if (configured) return;
    Config.JAS_NO_THREADS = true; // JAS's thread pool would keep the JVM alive for a minute after main returns
    Config.TIMECONSTRAINED_NO_THREAD = true;
    Config.MAX_OUTPUT_LINE = Integer.MAX_VALUE; // toString() would otherwise wrap long output across lines
    Config.FILESYSTEM_ENABLED = false;
    configured = true;
  }

  /** A fresh, quiet engine, installed as the current thread's engine. Engines are never shared between threads. */
  static EvalEngine newEngine() {
    configure();
    var engine = new EvalEngine("derivcheck", Config.DEFAULT_RECURSION_LIMIT, Config.DEFAULT_ITERATION_LIMIT,
        DISCARD, DISCARD, true);
    engine.setQuietMode(true);
    EvalEngine.set(engine);
    return engine;
  }
}
