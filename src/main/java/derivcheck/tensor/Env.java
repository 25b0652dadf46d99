package derivcheck.tensor;

import derivcheck.expr.Expr;
import derivcheck.expr.Var;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an expression is expanded: the sizes ({@code n = 3}), the values of indices (free indices and the indices
 * of enclosing sums, numbered as the claim numbers them), function parameters bound to values, names whose
 * definition is set aside (the variable of a derivative), which draw of random functions stands in for declared
 * ones, and notes collected on the way (such as reads outside a vector).
 */
final class Env {
  final Map<Expr, Integer> sizes;
  final Map<Var, Integer> indices;
  final Map<Var, Tensor> locals;
  final Set<String> masked;
  final int draw;
  final Set<String> notes;
  final int depth;

  Env(Map<Expr, Integer> sizes, int draw) {
    this(Map.copyOf(sizes), Map.of(), Map.of(), Set.of(), draw, new LinkedHashSet<>(), 0);
  }

  private Env(Map<Expr, Integer> sizes, Map<Var, Integer> indices, Map<Var, Tensor> locals, Set<String> masked,
      int draw, Set<String> notes, int depth) {
    this.sizes = sizes;
    this.indices = indices;
    this.locals = locals;
    this.masked = masked;
    this.draw = draw;
    this.notes = notes;
    this.depth = depth;
  }

  Env withIndex(Var v, int value) {
    var copy = new HashMap<>(indices);
    copy.put(v, value);
    var loc = locals;
    if (locals.containsKey(v)) {
      loc = new HashMap<>(locals);
      loc.remove(v);
    }
    return new Env(sizes, copy, loc, masked, draw, notes, depth);
  }

  Env withIndices(Map<Var, Integer> values) {
    Env e = this;
    for (var en : values.entrySet()) e = e.withIndex(en.getKey(), en.getValue());
    return e;
  }

  Env withLocals(Map<Var, Tensor> bound) {
    var copy = new HashMap<>(locals);
    copy.putAll(bound);
    var idx = new HashMap<>(indices);
    idx.keySet().removeAll(bound.keySet());
    return new Env(sizes, idx, copy, masked, draw, notes, depth + 1);
  }

  Env masking(String name) {
    var copy = new HashSet<>(masked);
    copy.add(name);
    return new Env(sizes, indices, locals, copy, draw, notes, depth);
  }

  Env deeper() {
    return new Env(sizes, indices, locals, masked, draw, notes, depth + 1);
  }
}
