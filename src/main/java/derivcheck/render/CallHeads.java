package derivcheck.render;

import derivcheck.expr.Expr;
import derivcheck.expr.Gradient;
import derivcheck.expr.Indexed;
import derivcheck.expr.Pow;
import derivcheck.expr.Transpose;
import derivcheck.expr.Var;
import derivcheck.lib.Builtin;
import java.util.Set;

/**
 * Names the parser reads as a function when a parenthesis follows them: builtin names and aliases, and the
 * conventional {@code f}, {@code g}, {@code h}. Wrapped words ({@code \operatorname{..}}, {@code \mathrm{..}},
 * {@code \text{..}}) are included too, to stay safe if the parser ever accepts them as calls. A product whose
 * left factor ends in such a name must not be written by juxtaposition, or it would read back as a call.
 */
final class CallHeads {
  private CallHeads() {}

  private static final Set<String> GENERIC_FUNCTIONS = Set.of("f", "g", "h");

  static boolean isCallHead(String name) {
    return Builtin.byName(name).isPresent()
        || GENERIC_FUNCTIONS.contains(name)
        || name.startsWith("\\operatorname")
        || name.startsWith("\\mathrm")
        || name.startsWith("\\text");
  }

  /** Whether the printed form of {@code e} ends in a name that would swallow a following argument. */
  static boolean endsInCallHead(Expr e) {
    if (e instanceof Var v) return isCallHead(v.name());
    if (e instanceof Pow p) return endsInCallHead(p.base());
    if (e instanceof Indexed i) return endsInCallHead(i.base());
    if (e instanceof Transpose t) return endsInCallHead(t.arg());
    if (e instanceof Gradient g) return endsInCallHead(g.body());
    return false;
  }
}
