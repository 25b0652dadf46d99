package derivcheck.lib;

import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The meanings in force at one place of a document: user functions ({@code \define{f(x) = x^2}}) and named values
 * ({@code \mathbf{p} = S(\mathbf{x})}). Immutable; {@link #with} makes the scope that follows a new definition.
 * Builtins are the defaults; a user definition of the same name overrides them.
 */
public final class Definitions {
  /** A user function {@code name(params) = body}. */
  public record FunctionDef(String name, List<Var> params, Expr body) {
    public FunctionDef {
      params = List.copyOf(params);
    }
  }

  private static final Definitions EMPTY = new Definitions(Map.of(), Map.of());

  private final Map<String, FunctionDef> functions;
  private final Map<Expr, Expr> values;

  private Definitions(Map<String, FunctionDef> functions, Map<Expr, Expr> values) {
    this.functions = functions;
    this.values = values;
  }

  public static Definitions builtinsOnly() {
    return EMPTY;
  }

  public Definitions with(FunctionDef f) {
    var copy = new LinkedHashMap<>(functions);
    copy.put(f.name(), f);
    return new Definitions(Map.copyOf(copy), values);
  }

  /** Defines a named value: a {@code Var} (or constant-indexed variable) that stands for {@code value}. */
  public Definitions withValue(Expr name, Expr value) {
    var copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new Definitions(functions, Map.copyOf(copy));
  }

  /** The same scope without a named value: inside a derivative with respect to it, the name is an unknown. */
  public Definitions withoutValue(Expr name) {
    if (!values.containsKey(name)) return this;
    var copy = new LinkedHashMap<>(values);
    copy.remove(name);
    return new Definitions(functions, Map.copyOf(copy));
  }

  public Optional<FunctionDef> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  public Optional<Expr> value(Expr name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Names the parser must read as functions: every user-defined function. */
  public Set<String> functionNames() {
    return functions.keySet();
  }

  public boolean isEmpty() {
    return functions.isEmpty() && values.isEmpty();
  }
}
