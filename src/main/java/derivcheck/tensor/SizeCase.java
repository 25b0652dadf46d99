package derivcheck.tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scalar components of a claim at one choice of sizes (and one draw of random stand-in functions). */
public record SizeCase(Map<String, Integer> sizes, int draw, List<Component> components) {
  public SizeCase {
    sizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
    components = List.copyOf(components);
  }

  /** {@code n = 3} or {@code d = 5, k_1 = 2}; "no sizes" when the claim has none. */
  public String label() {
    if (sizes.isEmpty()) return "";
    var parts = new java.util.ArrayList<String>();
    sizes.forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }
}
