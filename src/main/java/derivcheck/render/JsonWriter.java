package derivcheck.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON builder and writer with no dependencies. Build with {@link #object()} and {@link #array()}; values
 * are {@code String}, {@code Boolean}, {@code null}, integral numbers ({@code Integer}, {@code Long},
 * {@code Short}, {@code Byte}, {@code BigInteger}), {@code BigDecimal}, finite {@code Double}/{@code Float},
 * nested {@link Obj}/{@link Arr}, and, for convenience, {@code Map<String, ?>} and {@code Iterable<?>} of those.
 * NaN and infinities have no JSON spelling and are rejected when added: the caller decides how to report them.
 *
 * <pre>{@code
 * String s = JsonWriter.object()
 *     .put("results", JsonWriter.array().add(JsonWriter.object().put("verdict", "proved")))
 *     .put("summary", JsonWriter.object().put("proved", 1))
 *     .toPrettyJson();
 * }</pre>
 *
 * Keys keep insertion order; putting a key twice replaces its value in place. Output is UTF-8 friendly: only
 * quotes, backslashes, control characters and U+2028/U+2029 are escaped.
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static Obj object() {
    return new Obj();
  }

  public static Arr array() {
    return new Arr();
  }

  /** An object or array under construction, and how it is written. */
  public abstract static sealed class Node permits Obj, Arr {
    public String toJson() {
      return write(this, false);
    }

    public String toPrettyJson() {
      return write(this, true);
    }

    @Override
    public String toString() {
      return toJson();
    }
  }

  /** A JSON object under construction. */
  public static final class Obj extends Node {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Obj() {}

    public Obj put(String key, Object value) {
      if (key == null) throw new IllegalArgumentException("null JSON key");
      fields.put(key, checked(value));
      return this;
    }

    public int size() {
      return fields.size();
    }

  }

  /** A JSON array under construction. */
  public static final class Arr extends Node {
    private final List<Object> items = new ArrayList<>();

    private Arr() {}

    public Arr add(Object value) {
      items.add(checked(value));
      return this;
    }

    public int size() {
      return items.size();
    }

  }

  /** Any supported value as JSON: compact on one line, or pretty with two-space indentation. */
  public static String write(Object value, boolean pretty) {
    var out = new StringBuilder();
    writeValue(checked(value), pretty, 0, out);
    return out.toString();
  }

  /** {@code s} as a JSON string literal, quotes included. */
  public static String quote(String s) {
    var out = new StringBuilder(s.length() + 2);
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Control characters must be escaped; U+2028/9 break JavaScript that embeds JSON.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Object checked(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Obj || v instanceof Arr) return v;
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger || v instanceof BigDecimal) {
      return v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no spelling for " + d);
      }
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      var o = new Obj();
      for (var entry : m.entrySet()) {
        if (!(entry.getKey() instanceof String k)) throw new IllegalArgumentException("JSON keys must be strings");
        o.put(k, entry.getValue());
      }
      return o;
    }
    if (v instanceof Iterable<?> it) {
      var a = new Arr();
      for (Object x : it) a.add(x);
      return a;
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }

  private static void writeValue(Object v, boolean pretty, int depth, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      out.append(quote(s));
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte || v instanceof BigInteger || v instanceof Double || v instanceof Float) {
      out.append(v);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toString());
    } else if (v instanceof Obj o) {
      writeContainer('{', '}', new ArrayList<>(o.fields.entrySet()), pretty, depth, out);
    } else if (v instanceof Arr a) {
      writeContainer('[', ']', a.items, pretty, depth, out);
    } else {
      throw new IllegalStateException("unchecked JSON value " + v.getClass().getName());
    }
  }

  private static void writeContainer(char open, char close, List<?> items, boolean pretty, int depth,
      StringBuilder out) {
    out.append(open);
    if (items.isEmpty()) {
      out.append(close);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.append(',');
      if (pretty) newline(depth + 1, out);
      Object item = items.get(i);
      if (item instanceof Map.Entry<?, ?> e) {
        out.append(quote((String) e.getKey())).append(pretty ? ": " : ":");
        item = e.getValue();
      }
      writeValue(item, pretty, depth + 1, out);
    }
    if (pretty) newline(depth, out);
    out.append(close);
  }

  private static void newline(int depth, StringBuilder out) {
    out.append('\n').append("  ".repeat(depth));
  }
}
