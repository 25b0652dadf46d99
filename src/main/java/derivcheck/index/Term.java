package derivcheck.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A product of factors with integer exponents under sums: {@code sum over binders of prod factor^exp}. The binders
 * are a set of index variables with ranges (a range may mention another binder); the sum runs over every tuple in
 * the ranges, so their order does not matter. {@link #canonical} renames binders to {@code #1, #2, ...} in the order
 * that gives the least key, so terms that differ only in the names of bound indices get the same key.
 */
public final class Term {
  private static final AtomicLong FRESH = new AtomicLong();

  final LinkedHashMap<String, Facts.Range> binders;
  final TreeMap<String, Factor> factors;
  final TreeMap<String, Integer> exps;

  Term(Map<String, Facts.Range> binders, Map<String, Factor> factors, Map<String, Integer> exps) {
    this.binders = new LinkedHashMap<>(binders);
    this.factors = new TreeMap<>(factors);
    this.exps = new TreeMap<>(exps);
  }

  static Term one() {
    return new Term(Map.of(), Map.of(), Map.of());
  }

  static Term of(Factor f, int exp) {
    if (exp == 0) return one();
    return new Term(Map.of(), Map.of(f.key(), f), Map.of(f.key(), exp));
  }

  static String fresh() {
    return "%" + FRESH.incrementAndGet();
  }

  public Map<String, Facts.Range> binders() {
    return java.util.Collections.unmodifiableMap(binders);
  }

  public List<Map.Entry<Factor, Integer>> factors() {
    var out = new ArrayList<Map.Entry<Factor, Integer>>();
    factors.forEach((k, f) -> out.add(Map.entry(f, exps.get(k))));
    return out;
  }

  /** The product, binders renamed apart. */
  Term times(Term o) {
    Term b = o.renamedApart(this);
    var bind = new LinkedHashMap<>(binders);
    bind.putAll(b.binders);
    var fs = new TreeMap<>(factors);
    var es = new TreeMap<>(exps);
    for (var e : b.factors.entrySet()) {
      int x = es.getOrDefault(e.getKey(), 0) + b.exps.get(e.getKey());
      if (x == 0) {
        fs.remove(e.getKey());
        es.remove(e.getKey());
      } else {
        fs.put(e.getKey(), e.getValue());
        es.put(e.getKey(), x);
      }
    }
    return new Term(bind, fs, es);
  }

  /** This term with its binders renamed so that none clashes with a binder or free variable of {@code other}. */
  private Term renamedApart(Term other) {
    Term t = this;
    for (String b : new ArrayList<>(binders.keySet())) {
      if (other.binders.containsKey(b) || other.mentions(b)) t = t.renameBinder(b, fresh());
    }
    return t;
  }

  Term withBinder(String var, Facts.Range r) {
    if (binders.containsKey(var)) throw new IllegalArgumentException("binder " + var + " already bound");
    var bind = new LinkedHashMap<String, Facts.Range>();
    bind.put(var, r);
    bind.putAll(binders);
    return new Term(bind, factors, exps);
  }

  Term withoutBinder(String var) {
    var bind = new LinkedHashMap<>(binders);
    bind.remove(var);
    return new Term(bind, factors, exps);
  }

  Term withoutFactor(String key) {
    var fs = new TreeMap<>(factors);
    var es = new TreeMap<>(exps);
    fs.remove(key);
    es.remove(key);
    return new Term(binders, fs, es);
  }

  Term inverse() {
    if (!binders.isEmpty()) throw new IllegalStateException("a sum has no inverse term");
    var es = new TreeMap<String, Integer>();
    exps.forEach((k, v) -> es.put(k, -v));
    return new Term(binders, factors, es);
  }

  /** Whether a variable occurs free in the term. */
  boolean mentions(String var) {
    if (binders.containsKey(var)) return false;
    for (var r : binders.values()) if (r.lo().mentions(var) || r.hi().mentions(var)) return true;
    for (Factor f : factors.values()) if (f.mentions(var)) return true;
    return false;
  }

  Term renameBinder(String from, String to) {
    var bind = new LinkedHashMap<String, Facts.Range>();
    Ix v = Ix.var(to);
    for (var e : binders.entrySet()) {
      var r = new Facts.Range(e.getValue().lo().substitute(from, v), e.getValue().hi().substitute(from, v));
      bind.put(e.getKey().equals(from) ? to : e.getKey(), r);
    }
    return rebuild(bind, f -> f.substitute(from, v));
  }

  /** Replaces a free variable; binders that occur in the value are renamed first (the value is from outside). */
  Term substitute(String var, Ix value) {
    if (binders.containsKey(var) || !mentions(var)) return this;
    Term t = this;
    for (String b : new ArrayList<>(binders.keySet())) if (value.mentions(b)) t = t.renameBinder(b, fresh());
    return t.substituteUnder(var, value);
  }

  /**
   * Replaces a variable that was one of this term's binders (its binder already removed) by a value that may mention
   * the term's other binders, which keep their meaning: delta elimination and reindexing.
   */
  Term substituteUnder(String var, Ix value) {
    if (binders.containsKey(var)) throw new IllegalArgumentException(var + " is still bound");
    Term t = this;
    var bind = new LinkedHashMap<String, Facts.Range>();
    for (var e : t.binders.entrySet()) {
      bind.put(e.getKey(), new Facts.Range(e.getValue().lo().substitute(var, value),
          e.getValue().hi().substitute(var, value)));
    }
    return t.rebuild(bind, f -> f.substitute(var, value));
  }

  Term rebuild(Map<String, Facts.Range> bind, UnaryOperator<Factor> f) {
    var fs = new TreeMap<String, Factor>();
    var es = new TreeMap<String, Integer>();
    for (var e : factors.entrySet()) {
      Factor g = f.apply(e.getValue());
      int x = es.getOrDefault(g.key(), 0) + exps.get(e.getKey());
      if (x == 0) {
        fs.remove(g.key());
        es.remove(g.key());
      } else {
        fs.put(g.key(), g);
        es.put(g.key(), x);
      }
    }
    return new Term(bind, fs, es);
  }

  /** The binders renamed #1, #2, ... in the order that gives the least key. */
  Term canonical() {
    var names = new ArrayList<>(binders.keySet());
    if (names.isEmpty()) return this;
    Term temp = this;
    var temps = new ArrayList<String>();
    for (String b : names) {
      String t = fresh();
      temps.add(t);
      temp = temp.renameBinder(b, t);
    }
    // canonical names skip those free in the term (a nested sum inside a factor may see an outer #1)
    var canon = new ArrayList<String>();
    for (int k = 1; canon.size() < names.size(); k++) if (!temp.mentions("#" + k)) canon.add("#" + k);
    Term best = null;
    String bestKey = null;
    List<int[]> orders = permutations(names.size());
    for (int[] order : orders) {
      Term t = temp;
      for (int k = 0; k < order.length; k++) t = t.renameBinder(temps.get(order[k]), canon.get(k));
      t = t.sortedBinders();
      String key = t.key();
      if (bestKey == null || key.compareTo(bestKey) < 0) {
        best = t;
        bestKey = key;
      }
    }
    return best;
  }

  private Term sortedBinders() {
    var bind = new LinkedHashMap<String, Facts.Range>();
    new TreeMap<>(binders).forEach(bind::put);
    return new Term(bind, factors, exps);
  }

  private static List<int[]> permutations(int n) {
    var out = new ArrayList<int[]>();
    if (n > 4) {
      int[] id = new int[n];
      for (int k = 0; k < n; k++) id[k] = k;
      out.add(id);
      return out;
    }
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] cur, boolean[] used, int k, List<int[]> out) {
    if (k == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int v = 0; v < cur.length; v++) {
      if (used[v]) continue;
      used[v] = true;
      cur[k] = v;
      permute(cur, used, k + 1, out);
      used[v] = false;
    }
  }

  public String key() {
    var sb = new StringBuilder();
    for (var e : binders.entrySet()) {
      sb.append("sum_{").append(e.getKey()).append("=").append(e.getValue().lo().key()).append("..")
          .append(e.getValue().hi().key()).append("} ");
    }
    boolean first = true;
    for (var e : factors.entrySet()) {
      if (!first) sb.append(" ");
      first = false;
      sb.append(e.getKey());
      int x = exps.get(e.getKey());
      if (x != 1) sb.append("^").append(x);
    }
    if (first) sb.append("1");
    return sb.toString();
  }

  @Override
  public String toString() {
    return key();
  }
}
