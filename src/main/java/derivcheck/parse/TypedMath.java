package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CommonToken;

/**
 * Mathematics typed as plain text or with unicode, rewritten to the tokens of its LaTeX before anything else reads
 * the token list:
 * <ul>
 *   <li>{@code x**2} is {@code x^2} (Python's power);</li>
 *   <li>parentheses right after {@code ^} or {@code √} are the script's or the root's braces: {@code e^(-x)} is
 *       {@code e^{-x}}, {@code √(1+x)} is {@code \sqrt{1+x}};</li>
 *   <li>{@code √} is {@code \sqrt}; superscript characters {@code x²}, {@code x⁻¹}, {@code Wᵀ} are
 *       {@code x^{2}}, {@code x^{-1}}, {@code W^\top}; subscript characters {@code zₖ}, {@code x₁₀} are
 *       {@code z_{k}}, {@code x_{10}}.</li>
 * </ul>
 * The greek letters and operators ({@code σ}, {@code −}, {@code ·}, {@code ×}, {@code ∑}, {@code ∂}) are tokens of
 * the grammar already.
 */
final class TypedMath {
  private TypedMath() {}

  private static final Map<Character, String> SUPERSCRIPTS = Map.ofEntries(
      Map.entry('⁰', "0"), Map.entry('¹', "1"), Map.entry('²', "2"), Map.entry('³', "3"), Map.entry('⁴', "4"),
      Map.entry('⁵', "5"), Map.entry('⁶', "6"), Map.entry('⁷', "7"), Map.entry('⁸', "8"), Map.entry('⁹', "9"),
      Map.entry('⁻', "-"), Map.entry('ⁿ', "n"), Map.entry('ⁱ', "i"));
  private static final Map<Character, String> SUBSCRIPTS = Map.ofEntries(
      Map.entry('₀', "0"), Map.entry('₁', "1"), Map.entry('₂', "2"), Map.entry('₃', "3"), Map.entry('₄', "4"),
      Map.entry('₅', "5"), Map.entry('₆', "6"), Map.entry('₇', "7"), Map.entry('₈', "8"), Map.entry('₉', "9"),
      Map.entry('ₐ', "a"), Map.entry('ₑ', "e"), Map.entry('ₕ', "h"), Map.entry('ᵢ', "i"), Map.entry('ⱼ', "j"),
      Map.entry('ₖ', "k"), Map.entry('ₗ', "l"), Map.entry('ₘ', "m"), Map.entry('ₙ', "n"), Map.entry('ₒ', "o"),
      Map.entry('ₚ', "p"), Map.entry('ᵣ', "r"), Map.entry('ₛ', "s"), Map.entry('ₜ', "t"), Map.entry('ᵤ', "u"),
      Map.entry('ᵥ', "v"), Map.entry('ₓ', "x"));
  private static final char TRANSPOSE = 'ᵀ';
  private static final char ROOT = '√';

  static List<CommonToken> rewrite(List<CommonToken> in) {
    var out = new ArrayList<CommonToken>();
    for (int i = 0; i < in.size(); i++) {
      CommonToken t = in.get(i);
      if (t.getType() == STAR && i + 1 < in.size() && in.get(i + 1).getType() == STAR
          && in.get(i + 1).getStartIndex() == t.getStopIndex() + 1) {
        out.add(like(t, CARET, "^"));
        i++;
      } else if (t.getType() == ANY && t.getText().length() == 1 && t.getText().charAt(0) == ROOT) {
        out.add(like(t, SQRT, "\\sqrt"));
      } else if (t.getType() == ANY && t.getText().length() == 1 && t.getText().charAt(0) == TRANSPOSE) {
        out.add(like(t, CARET, "^"));
        out.add(like(t, TOP, "\\top"));
      } else if (t.getType() == ANY && t.getText().length() == 1 && script(t) != null) {
        Map<Character, String> table = script(t);
        var text = new StringBuilder();
        int j = i;
        while (j < in.size() && in.get(j).getType() == ANY && in.get(j).getText().length() == 1
            && table.get(in.get(j).getText().charAt(0)) != null) {
          text.append(table.get(in.get(j).getText().charAt(0)));
          j++;
        }
        CommonToken last = in.get(j - 1);
        out.add(like(t, table == SUPERSCRIPTS ? CARET : UNDERSCORE, table == SUPERSCRIPTS ? "^" : "_"));
        out.add(like(t, LBRACE, "{"));
        for (char c : text.toString().toCharArray()) {
          int type = Character.isDigit(c) ? NUMBER : c == '-' ? MINUS : LETTER;
          if (type == NUMBER && out.get(out.size() - 1).getType() == NUMBER) {
            CommonToken prev = out.get(out.size() - 1);
            prev.setText(prev.getText() + c);
          } else {
            out.add(like(t, type, String.valueOf(c)));
          }
        }
        out.add(like(last, RBRACE, "}"));
        i = j - 1;
      } else {
        out.add(t);
      }
    }
    bracedAfterScripts(out);
    return out;
  }

  private static Map<Character, String> script(CommonToken t) {
    char c = t.getText().charAt(0);
    if (SUPERSCRIPTS.containsKey(c)) return SUPERSCRIPTS;
    if (SUBSCRIPTS.containsKey(c)) return SUBSCRIPTS;
    return null;
  }

  /** {@code e^(-x)}, {@code √(1+x)}: the parentheses after a caret or a root are braces. */
  private static void bracedAfterScripts(List<CommonToken> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type != CARET && type != SQRT) continue;
      int open = nextVisible(tokens, i + 1);
      if (open < 0 || tokens.get(open).getType() != LPAREN) continue;
      int depth = 0;
      for (int j = open; j < tokens.size(); j++) {
        int tj = tokens.get(j).getType();
        if (tj == LPAREN) depth++;
        if (tj == RPAREN && --depth == 0) {
          tokens.get(open).setType(LBRACE);
          tokens.get(open).setText("{");
          tokens.get(j).setType(RBRACE);
          tokens.get(j).setText("}");
          break;
        }
      }
    }
  }

  private static int nextVisible(List<CommonToken> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (TokenKinds.visible(tokens.get(k))) return k;
    }
    return -1;
  }

  /** A token standing where {@code t} stands, of another type and text. */
  private static CommonToken like(CommonToken t, int type, String text) {
    var c = new CommonToken(t);
    c.setType(type);
    c.setText(text);
    return c;
  }
}
