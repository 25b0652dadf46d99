package derivcheck.cli;

import derivcheck.check.Verdict;
import derivcheck.run.Result;
import java.util.List;

/** The process exit codes, as the README promises them. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int UNKNOWN = 2;
  static final int USAGE = 64;
  static final int BAD_INPUT = 65;
  static final int INTERNAL = 70;

  private ExitCodes() {}

  /**
   * 65 if any input could not be read; else 1 if a result is not as expected (and not merely unknown); else 2 if
   * some results are only unknown; else 0.
   */
  static int of(List<Result> results) {
    boolean error = false;
    boolean failed = false;
    boolean unknown = false;
    for (Result r : results) {
      if (r.verdict().kind() == Verdict.Kind.ERROR) error = true;
      if (r.asExpected()) continue;
      if (r.verdict().kind() == Verdict.Kind.UNKNOWN) unknown = true;
      else failed = true;
    }
    if (error) return BAD_INPUT;
    if (failed) return FAILED;
    return unknown ? UNKNOWN : OK;
  }
}
