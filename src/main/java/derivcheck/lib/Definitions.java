package derivcheck.lib;

import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
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

  /**
   * A definition by entries, {@code S_{ij} = \mathbf{1}_{i = (j+1) \bmod n}} or
   * {@code (\mathbf{x} * \mathbf{w})_i = \sum_k x_k w_{(i-k) \bmod n}}: {@code head} is the indexed left side (its
   * indices are variables), {@code conditions} what was written beside it (index ranges such as
   * {@code i \in \{0, \dots, n-1\}}). Only vector and matrix claims read these.
   */
  public record EntryDef(Indexed head, Expr body, List<Chain> conditions) {
    public EntryDef {
      conditions = List.copyOf(conditions);
    }
  }

  private static final Definitions EMPTY = new Definitions(Map.of(), Map.of(), List.of(), List.of());

  private final Map<String, FunctionDef> functions;
  private final Map<Expr, Expr> values;
  private final List<Expr> declarations;
  private final List<EntryDef> entries;

  private Definitions(Map<String, FunctionDef> functions, Map<Expr, Expr> values, List<Expr> declarations,
      List<EntryDef> entries) {
    this.functions = functions;
    this.values = values;
    this.declarations = declarations;
    this.entries = entries;
  }

  public static Definitions builtinsOnly() {
    return EMPTY;
  }

  public Definitions with(FunctionDef f) {
    var copy = new LinkedHashMap<>(functions);
    copy.put(f.name(), f);
    return new Definitions(Map.copyOf(copy), values, declarations, entries);
  }

  /** Defines a named value: a {@code Var} (or constant-indexed variable) that stands for {@code value}. */
  public Definitions withValue(Expr name, Expr value) {
    var copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new Definitions(functions, Map.copyOf(copy), declarations, entries);
  }

  /** The same scope without a named value: inside a derivative with respect to it, the name is an unknown. */
  public Definitions withoutValue(Expr name) {
    if (!values.containsKey(name)) return this;
    var copy = new LinkedHashMap<>(values);
    copy.remove(name);
    return new Definitions(functions, Map.copyOf(copy), declarations, entries);
  }

  /**
   * Adds a declaration such as {@code \mathbf{x} \in \mathbb{R}^n}, {@code f : \mathbb{R}^\ell \to \mathbb{R}^m} or
   * {@code i \in \{0, \dots, n-1\}}: a statement of shape or range, read by vector and matrix claims.
   */
  public Definitions withDeclaration(Expr statement) {
    var copy = new java.util.ArrayList<>(declarations);
    copy.add(statement);
    return new Definitions(functions, values, List.copyOf(copy), entries);
  }

  /** Adds a definition by entries; a later one for the same name comes first. */
  public Definitions withEntries(EntryDef def) {
    var copy = new java.util.ArrayList<EntryDef>();
    copy.add(def);
    copy.addAll(entries);
    return new Definitions(functions, values, declarations, List.copyOf(copy));
  }

  /** Declarations in force, oldest first. */
  public List<Expr> declarations() {
    return declarations;
  }

  /** Definitions by entries in force, newest first. */
  public List<EntryDef> entryDefinitions() {
    return entries;
  }

  /** Every named value in force (name to value). */
  public Map<Expr, Expr> values() {
    return values;
  }

  public Optional<FunctionDef> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  public Optional<Expr> value(Expr name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Names the parser must read as functions: every user-defined function, and every name declared with a signature
   * ({@code \ell : \mathbb{R}^m \to \mathbb{R}}).
   */
  public Set<String> functionNames() {
    var names = new java.util.LinkedHashSet<>(functions.keySet());
    for (EntryDef e : entries) {
      if (e.head().base() instanceof derivcheck.expr.Call c) names.add(c.fn()); // T(\mathbf{z})_k = ...
    }
    for (Expr d : declarations) {
      if (d instanceof derivcheck.expr.Infix i && i.op() == derivcheck.expr.Infix.Op.COLON
          && i.lhs() instanceof derivcheck.expr.Var v) {
        names.add(v.name());
      }
    }
    return names;
  }

  /**
   * Names declared or defined with a layer label of one number or letter ({@code \\mathbf{h}^{1}},
   * {@code \\mathbf{w}^{2} \\in \\mathbb{R}^{k}}): the parser reads their later uses as these names.
   */
  public Set<String> labelledNames() {
    var names = new java.util.LinkedHashSet<String>();
    for (Expr k : values.keySet()) addLabelled(k, names);
    for (Expr d : declarations) {
      if (d instanceof derivcheck.expr.Infix i) addLabelled(i.lhs(), names);
    }
    return names;
  }

  private static void addLabelled(Expr name, Set<String> into) {
    if (name instanceof derivcheck.expr.Var v && LABELLED.matcher(v.name()).matches()) into.add(v.name());
  }

  private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(".*\\^\\{[0-9A-Za-z]+\\}");

  public boolean isEmpty() {
    return functions.isEmpty() && values.isEmpty() && declarations.isEmpty() && entries.isEmpty();
  }
}
