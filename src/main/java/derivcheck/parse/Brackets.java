package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Matches every bracket before parsing, so that unbalanced input gets a message naming the bracket. Removes
 * {@code \left}, {@code \right} and {@code \big} sizes (checking that {@code \left(} is closed by {@code \right)}),
 * decides whether each {@code |} or {@code \|} opens or closes, bounds the nesting depth, and drops alignment
 * {@code &} outside environments and a final {@code \\}.
 */
final class Brackets {
  static final int MAX_DEPTH = 50;

  /** NULL is the invisible delimiter of {@code \left.} and {@code \right.}. */
  private enum Kind { PAREN, BRACK, BRACE, CURLY, ABS, NORM, ANGLE, FLOOR, CEIL, ENV, NULL }

  /** Environments that {@code \left\{ ... \right.} turns into cases. */
  private static final java.util.Set<String> CASES_LIKE = java.util.Set.of("array", "matrix", "aligned", "cases");

  private static final Map<Integer, Kind> OPENING = Map.of(
      LPAREN, Kind.PAREN, LBRACK, Kind.BRACK, LBRACE, Kind.BRACE, LCURLY, Kind.CURLY, LANGLE, Kind.ANGLE,
      LFLOOR, Kind.FLOOR, LCEIL, Kind.CEIL, BEGIN, Kind.ENV, LVERT, Kind.ABS, LDVERT, Kind.NORM);
  private static final Map<Integer, Kind> CLOSING = Map.of(
      RPAREN, Kind.PAREN, RBRACK, Kind.BRACK, RBRACE, Kind.BRACE, RCURLY, Kind.CURLY, RANGLE, Kind.ANGLE,
      RFLOOR, Kind.FLOOR, RCEIL, Kind.CEIL, END, Kind.ENV, RVERT, Kind.ABS, RDVERT, Kind.NORM);
  private static final Map<Kind, String> CLOSER_TEXT = Map.of(
      Kind.PAREN, ")", Kind.BRACK, "]", Kind.BRACE, "}", Kind.CURLY, "\\}", Kind.ANGLE, "\\rangle",
      Kind.FLOOR, "\\rfloor", Kind.CEIL, "\\rceil", Kind.ABS, "|", Kind.NORM, "\\|");
  private static final Map<Kind, String> OPENER_TEXT = Map.of(
      Kind.PAREN, "(", Kind.BRACK, "[", Kind.BRACE, "{", Kind.CURLY, "\\{", Kind.ANGLE, "\\langle",
      Kind.FLOOR, "\\lfloor", Kind.CEIL, "\\lceil", Kind.ABS, "|", Kind.NORM, "\\|");

  /** An open bracket: what it is, how it was written, and whether it was sized with {@code \left}. */
  private record Open(Kind kind, Token report, String display, boolean sized, String env, CommonToken token) {}

  private final List<CommonToken> in;
  private final List<CommonToken> out = new ArrayList<>();
  private final Deque<Open> stack = new ArrayDeque<>();
  /** For each closed environment, its END token's partner, to recognize {@code \left\{ \begin{array}..\right.}. */
  private final Map<Token, Token> envPairs = new java.util.IdentityHashMap<>();
  private int envDepth;
  /** The index in {@code in} of the delimiter being decided, to look at what follows it. */
  private int cursor;

  private Brackets(List<CommonToken> in) {
    this.in = in;
  }

  static List<CommonToken> resolve(List<CommonToken> tokens) {
    var b = new Brackets(tokens);
    b.run();
    return b.out;
  }

  private void run() {
    for (int i = 0; i < in.size(); i++) {
      cursor = i;
      CommonToken t = in.get(i);
      if (!TokenKinds.visible(t)) {
        out.add(t);
        continue;
      }
      int type = t.getType();
      if (type == LEFT || type == RIGHT || type == BIG) {
        i = sized(i);
      } else if (OPENING.containsKey(type) || CLOSING.containsKey(type) || type == BAR || type == DBAR) {
        delimiter(t, t, t.getText(), Side.NATURAL, false);
      } else if (type == AMP && envDepth == 0) {
        continue; // alignment point of an align row
      } else if (type == ROWSEP && envDepth == 0) {
        if (!onlyHiddenAfter(i)) {
          throw ParseFailure.at(t, "a line break '\\\\' inside a formula: give one row at a time");
        }
      } else {
        out.add(t);
      }
    }
    if (!stack.isEmpty()) {
      Open open = stack.peek();
      throw ParseFailure.at(open.report(), "unbalanced '" + open.display() + "': missing '" + closerFor(open) + "'");
    }
  }

  private enum Side { OPEN, CLOSE, NATURAL }

  /** {@code \left X}, {@code \right X}, {@code \bigl X}: checks the delimiter and drops the size command. */
  private int sized(int i) {
    CommonToken size = in.get(i);
    int j = i + 1;
    while (j < in.size() && !TokenKinds.visible(in.get(j))) j++;
    CommonToken d = j < in.size() ? in.get(j) : null;
    String word = size.getText();
    if (d == null || !isDelimiter(d.getType())) {
      throw ParseFailure.at(size, "'" + word + "' must be followed by a delimiter such as '(' or '|'");
    }
    if (d.getType() == DOT) {
      if (size.getType() == BIG) throw ParseFailure.at(size, "'" + word + ".' is not a delimiter");
      for (int k = i + 1; k < j; k++) out.add(in.get(k));
      String display = word + ".";
      if (size.getType() == LEFT) open(Kind.NULL, d, size, display, true);
      else close(Kind.NULL, size, display, true, d);
      out.add(d);
      return j;
    }
    if (d.getType() == LBRACE || d.getType() == RBRACE) {
      throw ParseFailure.at(size, "'" + word + d.getText() + "' is not a delimiter: write '" + word + "\\"
          + d.getText() + "'");
    }
    Side side = Side.NATURAL;
    if (size.getType() == LEFT || word.endsWith("l")) side = Side.OPEN;
    if (size.getType() == RIGHT || word.endsWith("r")) side = Side.CLOSE;
    for (int k = i + 1; k < j; k++) out.add(in.get(k));
    cursor = j;
    delimiter(d, size, word + d.getText(), side, size.getType() != BIG);
    return j;
  }

  private static boolean isDelimiter(int type) {
    return (OPENING.containsKey(type) && type != BEGIN) || (CLOSING.containsKey(type) && type != END)
        || type == BAR || type == DBAR || type == DOT;
  }

  private void delimiter(CommonToken d, Token report, String display, Side side, boolean sized) {
    int type = d.getType();
    Kind kind;
    boolean opens;
    if (type == BAR && side != Side.OPEN && !topIs(Kind.ABS) && !topIs(Kind.NULL) && evaluationScriptFollows()) {
      // f \Big|_{x=0}: an evaluation bar over the side of the relation it ends
      out.add(sideStart(), marker(d, EVAL_OPEN, "\\left."));
      retype(d, EVAL_BAR, "|");
      out.add(d);
      return;
    }
    if (type == BAR || type == DBAR) {
      kind = type == BAR ? Kind.ABS : Kind.NORM;
      opens = side == Side.OPEN
          || (side == Side.NATURAL && !(topIs(kind) && previousEndsOperand()));
      d.setType(kind == Kind.ABS ? (opens ? ABS_OPEN : ABS_CLOSE) : (opens ? NORM_OPEN : NORM_CLOSE));
    } else {
      opens = OPENING.containsKey(type);
      kind = opens ? OPENING.get(type) : CLOSING.get(type);
      if ((side == Side.OPEN && !opens) || (side == Side.CLOSE && opens)) {
        throw ParseFailure.at(report, "'" + display + "' faces the wrong way");
      }
      if (type == LVERT) d.setType(ABS_OPEN);
      if (type == RVERT) d.setType(ABS_CLOSE);
      if (type == LDVERT) d.setType(NORM_OPEN);
      if (type == RDVERT) d.setType(NORM_CLOSE);
    }
    if (opens) open(kind, d, report, display, sized);
    else close(kind, report, display, sized, d);
    out.add(d);
  }

  private void open(Kind kind, CommonToken d, Token report, String display, boolean sized) {
    String env = kind == Kind.ENV ? envName(d) : null;
    if (stack.size() >= MAX_DEPTH) throw ParseFailure.at(report, "expression nested too deeply");
    stack.push(new Open(kind, report, display, sized, env, d));
    if (kind == Kind.ENV) envDepth++;
  }

  private void close(Kind kind, Token report, String display, boolean sized, CommonToken d) {
    if (stack.isEmpty()) {
      String opener = kind == Kind.ENV ? "\\begin{" + envName(d) + "}"
          : (sized ? "\\left" : "") + OPENER_TEXT.get(kind);
      throw ParseFailure.at(report, "unexpected '" + display + "' without a matching '" + opener + "'");
    }
    Open top = stack.peek();
    if (top.sized() && sized && (top.kind() == Kind.NULL || kind == Kind.NULL)) {
      stack.pop();
      invisible(top, report, display, d);
      return;
    }
    if (top.kind() != kind || (kind == Kind.ENV && !top.env().equals(envName(d)))) {
      throw ParseFailure.at(report, "'" + top.display() + "' is closed by '" + display + "'");
    }
    if (top.sized() && !sized) {
      throw ParseFailure.at(report, "'" + top.display() + "' must be closed by '" + closerFor(top) + "', found '"
          + display + "'");
    }
    if (!top.sized() && sized) {
      throw ParseFailure.at(report, "'" + display + "' has no matching '\\left" + OPENER_TEXT.get(kind) + "'");
    }
    stack.pop();
    if (kind == Kind.ENV) {
      envDepth--;
      envPairs.put(d, top.token());
    }
  }

  /**
   * A pair with an invisible side: {@code \left. x \right.} is a plain group; {@code \left\{ \begin{array}{ll}
   * ... \end{array} \right.} is a piecewise definition, read as {@code \begin{cases} ... \end{cases}}.
   */
  private void invisible(Open top, Token report, String display, CommonToken closer) {
    if (top.kind() == Kind.NULL && display.endsWith(".")) {
      retype(top.token(), LBRACE, "{");
      retype(closer, RBRACE, "}");
      return;
    }
    Token first = firstVisibleAfter(top.token());
    Token last = lastVisible();
    boolean wrapsOneEnv = top.kind() == Kind.CURLY && display.endsWith(".") && first != null
        && first.getType() == BEGIN && last != null && last.getType() == END && envPairs.get(last) == first
        && CASES_LIKE.contains(envName(first));
    String pair = "'" + top.display() + " ... " + display + "'";
    if (top.kind() == Kind.NULL && closer.getType() == ABS_CLOSE && evaluationScriptFollows()) {
      retype(top.token(), EVAL_OPEN, "\\left."); // \left. f \right|_{x=0}
      retype(closer, EVAL_BAR, "|");
      return;
    }
    if (top.kind() == Kind.NULL) {
      throw ParseFailure.at(report, pair + " is an evaluation bar only with the point below it, as in"
          + " \\left. f \\right|_{x=0}");
    }
    if (!wrapsOneEnv) {
      throw ParseFailure.at(report, pair + " is only understood around an array of cases; a piecewise definition"
          + " is written \\begin{cases} ... \\end{cases}");
    }
    ((CommonToken) first).setText("\\begin{cases}");
    ((CommonToken) last).setText("\\end{cases}");
    top.token().setChannel(Token.HIDDEN_CHANNEL);
    closer.setChannel(Token.HIDDEN_CHANNEL);
  }

  /** Whether {@code _{... = ...}} follows the delimiter at {@code cursor}: the point of an evaluation bar. */
  private boolean evaluationScriptFollows() {
    int k = nextVisible(cursor + 1);
    if (k < 0 || in.get(k).getType() != UNDERSCORE) return false;
    k = nextVisible(k + 1);
    if (k < 0 || in.get(k).getType() != LBRACE) return false;
    int depth = 0;
    for (; k < in.size(); k++) {
      int type = in.get(k).getType();
      if (type == LBRACE) depth++;
      if (type == RBRACE && --depth == 0) return false;
      if (type == EQ && depth == 1) return true;
    }
    return false;
  }

  private int nextVisible(int from) {
    for (int k = from; k < in.size(); k++) {
      if (TokenKinds.visible(in.get(k))) return k;
    }
    return -1;
  }

  /**
   * Where the side of a relation that ends here starts in {@code out}: after the last relation, comma or opening
   * bracket at this depth, or at the beginning.
   */
  private int sideStart() {
    int depth = 0;
    for (int k = out.size() - 1; k >= 0; k--) {
      Token t = out.get(k);
      if (!TokenKinds.visible(t)) continue;
      int type = t.getType();
      if (TokenKinds.CLOSERS.contains(type) || type == EVAL_BAR) {
        depth++;
      } else if (TokenKinds.OPENERS.contains(type) || type == EVAL_OPEN) {
        if (depth == 0) return k + 1;
        depth--;
      } else if (depth == 0 && (TokenKinds.RELATIONS.contains(type) || type == COMMA)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** A token the pass adds, placed at {@code at} for messages. */
  private static CommonToken marker(CommonToken at, int type, String text) {
    var t = new CommonToken(at);
    t.setType(type);
    t.setText(text);
    return t;
  }

  private static void retype(CommonToken t, int type, String text) {
    t.setType(type);
    t.setText(text);
  }

  private Token firstVisibleAfter(Token t) {
    for (int k = out.size() - 1; k >= 0; k--) {
      if (out.get(k) != t) continue;
      for (int m = k + 1; m < out.size(); m++) {
        if (TokenKinds.visible(out.get(m))) return out.get(m);
      }
      return null;
    }
    return null;
  }

  private Token lastVisible() {
    for (int k = out.size() - 1; k >= 0; k--) {
      if (TokenKinds.visible(out.get(k))) return out.get(k);
    }
    return null;
  }

  private static String closerFor(Open open) {
    if (open.kind() == Kind.ENV) return "\\end{" + open.env() + "}";
    return (open.sized() ? "\\right" : "") + CLOSER_TEXT.get(open.kind());
  }

  /** {@code \begin{array}{ll}} gives {@code array}. */
  static String envName(Token t) {
    String s = t.getText();
    return s.substring(s.indexOf('{') + 1, s.indexOf('}'));
  }

  private boolean topIs(Kind kind) {
    return !stack.isEmpty() && stack.peek().kind() == kind;
  }

  private boolean previousEndsOperand() {
    for (int k = out.size() - 1; k >= 0; k--) {
      Token t = out.get(k);
      if (!TokenKinds.visible(t)) continue;
      if (TokenKinds.OPERAND_ENDS.contains(t.getType())) return true;
      int before = previousVisibleType(k);
      // the '*' of w^* or the '+' of [x]_+ end an operand too
      if (t.getType() == STAR || t.getType() == PLUS) return before == CARET || before == UNDERSCORE;
      // so does the argument slot of f(\cdot) or \|\cdot\|
      if (t.getType() == CDOT) return before == COMMA || TokenKinds.OPENERS.contains(before);
      return false;
    }
    return false;
  }

  private int previousVisibleType(int k) {
    for (int m = k - 1; m >= 0; m--) {
      if (TokenKinds.visible(out.get(m))) return out.get(m).getType();
    }
    return -1;
  }

  private boolean onlyHiddenAfter(int i) {
    for (int k = i + 1; k < in.size(); k++) {
      if (TokenKinds.visible(in.get(k))) return false;
    }
    return true;
  }
}
