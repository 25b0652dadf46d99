package derivcheck.check;

import derivcheck.tensor.SizeCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Says in words which sizes a vector or matrix claim was checked at: "n = 1..6", "(d, k) = (3, 2), (4, 2)". */
final class Coverage {
  private Coverage() {}

  static String of(List<SizeCase> cases, List<String> sizeNames) {
    var seen = new LinkedHashMap<String, Map<String, Integer>>();
    for (SizeCase c : cases) seen.putIfAbsent(c.label(), c.sizes());
    if (sizeNames.isEmpty() || seen.isEmpty()) return "";
    if (sizeNames.size() == 1) {
      var values = new TreeSet<Integer>();
      for (var m : seen.values()) values.add(m.get(sizeNames.get(0)));
      return sizeNames.get(0) + " = " + ranges(new ArrayList<>(values));
    }
    var tuples = new ArrayList<String>();
    for (var m : seen.values()) {
      var parts = new ArrayList<String>();
      for (String n : sizeNames) parts.add(String.valueOf(m.get(n)));
      tuples.add("(" + String.join(", ", parts) + ")");
    }
    return "(" + String.join(", ", sizeNames) + ") = " + String.join(", ", tuples);
  }

  /** 1..6, or 1..3, 5 */
  static String ranges(List<Integer> sorted) {
    var parts = new ArrayList<String>();
    int k = 0;
    while (k < sorted.size()) {
      int start = sorted.get(k);
      int end = start;
      while (k + 1 < sorted.size() && sorted.get(k + 1) == end + 1) end = sorted.get(++k);
      k++;
      if (end == start) parts.add(String.valueOf(start));
      else if (end == start + 1) parts.add(start + ", " + end);
      else parts.add(start + ".." + end);
    }
    return String.join(", ", parts);
  }
}
