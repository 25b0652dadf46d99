package derivcheck.run;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in the prose right before a formula that say what the formula is. Only the last clause counts: the text
 * after the last sentence end or blank line ({@code i.e.} and {@code e.g.} do not end a sentence).
 * <ul>
 *   <li>A definition cue ({@code let, define, denote, recall, where, with, set, given, consider, suppose}) makes
 *       {@code name = ...} a definition even when the name already has a meaning ({@code let's} and
 *       {@code let us} are not cues).</li>
 *   <li>A recall cue ({@code recall, since, note that, we know, remember}) nearest the formula makes
 *       {@code name = ...} a claim when the name already has a meaning (a builtin or an earlier definition): the
 *       document restates the meaning, and a slip in it is reported, not taken as a new definition. For a name
 *       without a meaning it defines, like a definition cue.</li>
 *   <li>A premise cue ({@code such that, suppose, assume, if, ...}) makes a formula that defines nothing a
 *       supposition, which is not checked.</li>
 *   <li>A continuation cue ({@code which gives, we get, we obtain, we have, final result, hence, thus, so,
 *       therefore, i.e., yields, ...}) lets a display that restates the first term of the chain above continue
 *       that chain.</li>
 * </ul>
 */
final class Cues {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n\\s*\\n");
  private static final Pattern DEFINITION = Pattern.compile(
      "\\b(let(?!'s|’s|\\s+us\\b)|define[sd]?|defining|denoted?|denotes|denoting|recall|where|with|set|setting"
          + "|given|consider|suppose|assume|we write|using|take|taking|choose|choosing|pick)\\b");
  /** Words that recall a known fact rather than introduce a name. */
  private static final Pattern RECALL = Pattern.compile(
      "\\b(recall(ing)?|since|note that|notice that|we know|as we know|remember(ing)?|it is known|known)\\b");
  private static final Pattern PREMISE = Pattern.compile(
      "\\b(such that|s\\.t\\.|suppose( that)?|assume( that)?|assuming( that)?|given that|whenever|if)[\\s,:]*$");
  private static final Pattern CONTINUATION = Pattern.compile(
      "\\b(which gives|this gives|that gives|gives|giving|we get|we obtain|obtain|we have|final result|finally"
          + "|result|hence|thus|so|therefore|yields?|i\\.e\\.|that is|simplif\\w*|altogether|together|overall"
          + "|in the end|putting)\\b");

  private static final Pattern TRAILING = Pattern.compile("^[\\s,;:(]*(where|with|here)\\b");
  /** A name and {@code =} at the start of a formula: {@code g_1 =}, {@code \\hat{y} :=}. */
  private static final Pattern NAMING = Pattern.compile(
      "^\\s*(\\\\[a-zA-Z]+\\s*\\{[^{}]*\\}|\\\\[a-zA-Z]+|[a-zA-Z])(\\s*_\\s*(\\{[^{}]*\\}|[a-zA-Z0-9]))?"
          + "\\s*(=|:=|\\\\coloneqq)");

  private Cues() {}

  /**
   * Prose right after a display that defines what the display used: ", where" or "with" and no sentence end.
   * Definitions in the inline math that follows apply to the display too.
   */
  static boolean trailingDefinition(String prose) {
    return !hasSentenceEnd(prose) && TRAILING.matcher(prose.toLowerCase(Locale.ROOT)).find();
  }

  /** Whether the prose ends a sentence or paragraph somewhere. */
  static boolean hasSentenceEnd(String prose) {
    return SENTENCE_END.matcher(prose.stripTrailing()).find();
  }

  /** Whether a formula starts by naming something: {@code g_1 = \\partial L / \\partial y_1}. */
  static boolean startsWithNaming(String latex) {
    return NAMING.matcher(latex).find();
  }

  static boolean definition(String prose) {
    return DEFINITION.matcher(lastClause(prose)).find();
  }

  /**
   * Whether the cue nearest the formula recalls a fact ("recall", "since", "note that", "we know", "remember"):
   * then a formula for a name that already has a meaning restates that meaning and is checked, instead of defining
   * the name anew ("let", "define", "where" still define).
   */
  static boolean recall(String prose) {
    String clause = lastClause(prose);
    int recallAt = lastMatch(RECALL, clause);
    return recallAt >= 0 && recallAt >= lastMatch(DEFINITION, clause);
  }

  private static int lastMatch(Pattern p, String text) {
    var m = p.matcher(text);
    int at = -1;
    while (m.find()) at = m.start();
    return at;
  }

  /**
   * A premise cue right before the formula ("such that", "suppose", "assume", "if", ...): the formula is supposed,
   * not claimed ({@code find P such that PU = U}); unless it defines something, it is not checked. The cue must end
   * the prose, so "if we differentiate, we get" is no premise.
   */
  static boolean premise(String prose) {
    return PREMISE.matcher(lastClause(prose)).find();
  }

  static boolean continuation(String prose) {
    return CONTINUATION.matcher(lastClause(prose)).find();
  }

  /** The lower-cased prose after its last sentence end. */
  static String lastClause(String prose) {
    String p = prose.stripTrailing().toLowerCase(Locale.ROOT).replace("i.e.", "i_e_").replace("e.g.", "e_g_");
    var m = SENTENCE_END.matcher(p);
    int start = 0;
    while (m.find()) start = m.end();
    return p.substring(start).replace("i_e_", "i.e.").replace("e_g_", "e.g.");
  }
}
