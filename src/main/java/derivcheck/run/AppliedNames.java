package derivcheck.run;

import derivcheck.doc.MathBlock;
import derivcheck.doc.MathDocument;
import derivcheck.doc.MathRow;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a document differentiates by as applications, {@code \partial a(\mathbf{x}, \theta)}: the name is then a
 * function in the whole document, so {@code a(\mathbf{x}, \theta)} elsewhere is the same application and not a
 * product of {@code a} and a tuple.
 */
final class AppliedNames {
  private static final Pattern APPLIED = Pattern.compile(
      "\\\\partial\\s*(\\\\[A-Za-z]+|[A-Za-z])\\s*(?:\\\\left\\s*)?\\(");

  private AppliedNames() {}

  static Set<String> of(MathDocument doc) {
    var out = new LinkedHashSet<String>();
    for (MathBlock block : doc.blocks()) {
      for (MathRow row : block.rows()) {
        Matcher m = APPLIED.matcher(row.text());
        while (m.find()) out.add(m.group(1));
      }
    }
    return out;
  }
}
