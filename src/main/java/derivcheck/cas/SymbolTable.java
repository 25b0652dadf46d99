package derivcheck.cas;

import derivcheck.expr.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Our names to Symja symbols and back, for one translation.
 *
 * <p>Every variable ({@code x}, {@code \alpha}, {@code x_{1}}) and every unknown function name gets a generated Symja
 * name: {@code dcv1}, {@code dcv2}, ... for variables, {@code dcf1}, ... for function heads, {@code dct1}, ... for
 * internal dummies. The names are lower case, letters and digits only, so they collide neither with Symja's built-ins
 * ({@code E}, {@code I}, {@code D}, {@code N}, {@code Gamma}) nor with each other under relaxed mode's case folding.
 * Every symbol is made one way, by {@link F#symbol(String)}. They are never assigned a value.
 */
final class SymbolTable {
  private final Map<Expr, ISymbol> variables = new LinkedHashMap<>();
  private final Map<String, ISymbol> functions = new LinkedHashMap<>();
  private final Map<ISymbol, Expr> variableOf = new HashMap<>();
  private final Map<ISymbol, String> functionOf = new HashMap<>();
  private int dummies;

  /** The symbol standing for a variable (a {@code Var} or a constant-indexed {@code Indexed}). */
  ISymbol variable(Expr key) {
    return variables.computeIfAbsent(key, k -> {
      ISymbol s = F.symbol("dcv" + (variables.size() + 1));
      variableOf.put(s, k);
      return s;
    });
  }

  /** The head standing for an unknown (arbitrary) function. */
  ISymbol function(String name) {
    return functions.computeIfAbsent(name, n -> {
      ISymbol s = F.symbol("dcf" + (functions.size() + 1));
      functionOf.put(s, n);
      return s;
    });
  }

  /** A fresh symbol that stands for nothing of ours. */
  ISymbol dummy() {
    return F.symbol("dct" + (++dummies));
  }

  Optional<Expr> variableOf(ISymbol s) {
    return Optional.ofNullable(variableOf.get(s));
  }

  Optional<String> functionOf(ISymbol s) {
    return Optional.ofNullable(functionOf.get(s));
  }

  /** The variables' symbols, in order of first use. */
  List<ISymbol> variableSymbols() {
    return new ArrayList<>(variables.values());
  }

  boolean isVariable(ISymbol s) {
    return variableOf.containsKey(s);
  }
}
