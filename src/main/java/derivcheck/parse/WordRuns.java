package derivcheck.parse;

import derivcheck.lib.FunctionWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Function names typed as plain letters: {@code sig(x)}, {@code exp(-x)}, {@code softmax(z)_k}, {@code CE(p, y)},
 * {@code nsig'(x)}. A run of single letters written without spaces, directly before parentheses, is one function name
 * when it spells
 * <ul>
 *   <li>a word of {@link FunctionWords} (the built-ins and their aliases: {@code exp}, {@code sig}, {@code ReLU});</li>
 *   <li>a word the formula or document defines as a function ({@code \text{loss}(w) = ...} makes {@code loss(w)} a
 *       call);</li>
 *   <li>capitals only ({@code CE}, {@code MSE}, {@code KL}), as a single capital before parentheses is a function;</li>
 *   <li>any word with primes ({@code nsig'(x)}): only a function has a derivative written that way.</li>
 * </ul>
 * Any other run stays a product of letters ({@code ab(c+d)}). When every letter of a joined word is also used as a
 * variable of its own (in the formula or, for a document, anywhere in it), the word could be that product: the
 * builder records it, and {@link LatexParser#chainReadings} offers both readings.
 */
final class WordRuns {
  private final TreeBuilder b;

  WordRuns(TreeBuilder b) {
    this.b = b;
  }

  /** A word made of letters, and whether the document settles that it is a function (it defines it). */
  record Joined(String word, boolean settled) {}

  /** The pieces with every run of letters that names a function before parentheses joined into one name. */
  List<Piece> join(List<Piece> pieces) {
    var out = new ArrayList<Piece>();
    int i = 0;
    while (i < pieces.size()) {
      int end = runEnd(pieces, i);
      Piece.Name joined = end - i >= 2 && end < pieces.size() ? joined(pieces.subList(i, end), pieces.get(end)) : null;
      if (joined != null) {
        out.add(joined);
      } else {
        out.addAll(pieces.subList(i, Math.max(end, i + 1))); // never a word inside a longer run: xsig(x)
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  /** The end (exclusive) of the run of adjacent plain letters starting at {@code from}. */
  private int runEnd(List<Piece> pieces, int from) {
    int j = from;
    while (j < pieces.size() && pieces.get(j) instanceof Piece.Name n && isLetter(n)) {
      boolean last = !n.scripts().none();
      j++;
      if (last || j >= pieces.size() || !(pieces.get(j) instanceof Piece.Name next)
          || !b.adjacent(n.ctx(), next.ctx())) {
        break;
      }
    }
    return j;
  }

  private static boolean isLetter(Piece.Name n) {
    return !n.bold() && !n.wordy() && !n.operatorStyle() && n.base().length() == 1
        && Character.isLetter(n.base().charAt(0)) && n.base().charAt(0) < 128;
  }

  /** The run as one function name when the parentheses after it make it a call, else null. */
  private Piece.Name joined(List<Piece> run, Piece after) {
    if (!(after instanceof Piece.Parens q) || !q.round()) return null;
    var last = (Piece.Name) run.get(run.size() - 1);
    var word = new StringBuilder();
    for (Piece p : run) word.append(((Piece.Name) p).base());
    String w = word.toString();
    if (last.scripts().sub() != null && FunctionWords.name(w).isEmpty()) return null;
    boolean adjacent = b.adjacent(last.ctx(), q.ctx());
    String spelled = "\\operatorname{" + w + "}";
    boolean defined = b.options.functionNames().contains(spelled) || b.localFunctions.contains(spelled);
    String name;
    if (FunctionWords.name(w).isPresent()) {
      name = FunctionWords.name(w).get();
    } else if (defined || (adjacent && (w.chars().allMatch(Character::isUpperCase) || last.scripts().primes() > 0))) {
      name = spelled;
    } else {
      return null;
    }
    if (!defined) {
      b.joinedWords.add(new Joined(w, false));
      if (b.spelledOut.contains(w)) return null;
    }
    boolean operator = derivcheck.lib.Builtin.byName(name).map(x -> x.arity() == 1).orElse(false)
        || Commands.OPERATOR_FUNCTIONS.contains(name);
    return new Piece.Name(name, false, true, operator, last.scripts(), ((Piece.Name) run.get(0)).ctx());
  }
}
