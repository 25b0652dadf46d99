package derivcheck.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads derivcheck's problem and proof files: LaTeX with a few directives.
 *
 * <pre>
 * % a comment; "% source: 001_a8e32e1f1f208199.txt Q1(c)" cites where a claim comes from
 * \define{\name(x) = ...}
 * \claim{id}{latex}               expected to hold (proved or confirmed)
 * \claim[false]{id}{latex}        expected to be refuted
 * \claim[proved]{id}{latex}       expected to be proved symbolically
 * \begin{derivation}[expect]{id}
 *   first &= second \\
 *   &= third \\  % expect: false   (this one step must be refuted)
 * \end{derivation}
 * </pre>
 *
 * Anything else outside a directive is an error, so a misspelt directive cannot silently check nothing.
 */
public final class ProblemFileReader {
  private static final Pattern EXPECT_COMMENT = Pattern.compile("^\\s*expect:\\s*(\\w+)\\s*$");

  private ProblemFileReader() {}

  public static List<Item> read(String text) throws DocError {
    var cur = new Cursor(text);
    var items = new ArrayList<Item>();
    while (true) {
      cur.skipWhitespace();
      if (cur.atEnd()) return items;
      Position at = cur.position();
      if (cur.peek() == '%') {
        cur.comment();
      } else if (cur.lookingAt("\\define")) {
        cur.skip("\\define".length());
        items.add(new Item.Define(argument(cur, "the definition"), at));
      } else if (cur.lookingAt("\\claim")) {
        cur.skip("\\claim".length());
        Expectation expect = option(cur);
        String id = argument(cur, "the claim's id").text().trim();
        items.add(new Item.Claim(id, expect, argument(cur, "the claim"), at));
      } else if (cur.lookingAt("\\begin{derivation}")) {
        cur.skip("\\begin{derivation}".length());
        Expectation expect = option(cur);
        String id = argument(cur, "the derivation's id").text().trim();
        items.add(new Item.Derivation(id, expect, rows(cur, at, expect), at));
      } else {
        throw new DocError("expected \\claim, \\define, \\begin{derivation} or a % comment", at);
      }
    }
  }

  /** An optional {@code [word]} giving the expectation. */
  private static Expectation option(Cursor cur) throws DocError {
    if (cur.atEnd() || cur.peek() != '[') return Expectation.HOLDS;
    Position at = cur.position();
    cur.next();
    var sb = new StringBuilder();
    while (!cur.atEnd() && cur.peek() != ']' && cur.peek() != '\n') sb.append(cur.next());
    if (cur.atEnd() || cur.peek() != ']') throw new DocError("missing ']' after the expectation", at);
    cur.next();
    Expectation e = Expectation.parse(sb.toString());
    if (e == null) throw new DocError("unknown expectation '" + sb + "' (use holds, proved or false)", at);
    return e;
  }

  /** A brace-delimited argument; {@code \{} and {@code \}} inside do not count as braces. */
  private static Snippet argument(Cursor cur, String what) throws DocError {
    while (!cur.atEnd() && (cur.peek() == ' ' || cur.peek() == '\t')) cur.next();
    if (cur.atEnd() || cur.peek() != '{') throw new DocError("expected '{' to start " + what, cur.position());
    Position open = cur.position();
    cur.next();
    Position start = cur.position();
    var sb = new StringBuilder();
    int depth = 0;
    while (true) {
      if (cur.atEnd()) throw new DocError("unclosed '{' of " + what, open);
      char c = cur.peek();
      if (c == '\\') {
        sb.append(cur.next());
        if (!cur.atEnd()) sb.append(cur.next());
        continue;
      }
      if (c == '}' && depth == 0) {
        cur.next();
        return new Snippet(sb.toString(), start);
      }
      if (c == '{') depth++;
      if (c == '}') depth--;
      sb.append(cur.next());
    }
  }

  /** The rows of a derivation body, up to {@code \end{derivation}}. */
  private static List<Item.Row> rows(Cursor cur, Position begin, Expectation expect) throws DocError {
    var rows = new ArrayList<Item.Row>();
    var row = new RowBuilder(expect);
    int depth = 0;
    int envDepth = 0;
    int lastRowEndLine = -1;
    while (true) {
      if (cur.atEnd()) throw new DocError("missing \\end{derivation}", begin);
      if (depth == 0 && envDepth == 0 && cur.lookingAt("\\end{derivation}")) {
        cur.skip("\\end{derivation}".length());
        row.finish(rows);
        return rows;
      }
      char c = cur.peek();
      if (c == '%') {
        Position at = cur.position();
        Expectation stated = expectationIn(cur.comment(), at);
        if (stated != null) {
          if (row.isBlank() && at.line() == lastRowEndLine && !rows.isEmpty()) {
            rows.set(rows.size() - 1, new Item.Row(rows.get(rows.size() - 1).latex(), stated));
          } else {
            row.expect = stated;
          }
        }
        continue;
      }
      if (depth == 0 && envDepth == 0 && cur.lookingAt("\\\\")) {
        lastRowEndLine = cur.position().line();
        cur.skip(2);
        row.finish(rows);
        row = new RowBuilder(expect);
        continue;
      }
      if (cur.lookingAt("\\begin{")) envDepth++;
      if (cur.lookingAt("\\end{")) envDepth--;
      if (c == '\\') {
        row.append(cur.position(), cur.next());
        if (!cur.atEnd()) row.append(cur.position(), cur.next());
        continue;
      }
      if (c == '{') depth++;
      if (c == '}') depth--;
      row.append(cur.position(), cur.next());
    }
  }

  private static Expectation expectationIn(String comment, Position at) throws DocError {
    Matcher m = EXPECT_COMMENT.matcher(comment);
    if (!m.find()) return null;
    Expectation e = Expectation.parse(m.group(1));
    if (e == null) throw new DocError("unknown expectation '" + m.group(1) + "' (use holds, proved or false)", at);
    return e;
  }

  /** Accumulates one row's text, remembering where its first visible character is. */
  private static final class RowBuilder {
    private final StringBuilder text = new StringBuilder();
    private Position start;
    private Expectation expect;

    RowBuilder(Expectation expect) {
      this.expect = expect;
    }

    void append(Position at, char c) {
      if (start == null && Character.isWhitespace(c)) return;
      if (start == null) start = at;
      text.append(c);
    }

    boolean isBlank() {
      return start == null;
    }

    void finish(List<Item.Row> rows) {
      if (start != null) rows.add(new Item.Row(new Snippet(text.toString().stripTrailing(), start), expect));
    }
  }
}
