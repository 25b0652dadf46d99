package derivcheck.index;

import java.util.HashMap;
import java.util.Map;

/**
 * What is known about integer variables: each size has a least value ({@code n >= 1}, or more when a condition
 * says so), each index variable a range {@code lo..hi} (affine in sizes and other indices). {@link #nonNegative}
 * proves {@code e >= 0} by replacing each variable by the end of its range that makes {@code e} least, and each
 * remainder {@code (A) mod n} by 0 or n - 1, until only sizes are left, whose coefficients must then be
 * non-negative. It proves nothing it cannot show this way (sound, not complete).
 */
public final class Facts {
  public record Range(Ix lo, Ix hi) {}

  private final Map<String, Long> sizeMinima;
  private final Map<String, Range> ranges;

  public Facts(Map<String, Long> sizeMinima, Map<String, Range> ranges) {
    this.sizeMinima = Map.copyOf(sizeMinima);
    this.ranges = Map.copyOf(ranges);
  }

  public Facts with(String var, Range r) {
    var copy = new HashMap<>(ranges);
    copy.put(var, r);
    return new Facts(sizeMinima, copy);
  }

  public Facts without(String var) {
    var copy = new HashMap<>(ranges);
    copy.remove(var);
    return new Facts(sizeMinima, copy);
  }

  public boolean isSize(String var) {
    return sizeMinima.containsKey(var);
  }

  public Range range(String var) {
    return ranges.get(var);
  }

  public boolean nonNegative(Ix e) {
    Ix cur = e;
    for (int round = 0; round < 12; round++) {
      Ix next = Ix.constant(cur.constantPart());
      boolean changed = false;
      for (var t : cur.terms()) {
        long c = t.getValue();
        if (t.getKey() instanceof Ix.VarAtom v) {
          Range r = ranges.get(v.name());
          if (r != null && !isSize(v.name())) {
            next = next.plus((c > 0 ? r.lo() : r.hi()).times(c));
            changed = true;
          } else {
            if (!isSize(v.name())) return false;
            next = next.plus(Ix.of(v, c));
          }
        } else {
          Ix.ModAtom m = (Ix.ModAtom) t.getKey();
          if (!isSize(m.modulus())) return false;
          if (c < 0) next = next.plus(Ix.var(m.modulus()).plus(-1).times(c));
          changed = true;
        }
      }
      cur = next;
      if (!changed) break;
    }
    long least = cur.constantPart();
    for (var t : cur.terms()) {
      if (!(t.getKey() instanceof Ix.VarAtom v) || !isSize(v.name()) || t.getValue() < 0) return false;
      least = Math.addExact(least, Math.multiplyExact(t.getValue(), sizeMinima.get(v.name())));
    }
    return least >= 0;
  }

  /** {@code lo <= e <= hi}. */
  public boolean within(Ix e, Ix lo, Ix hi) {
    return nonNegative(e.minus(lo)) && nonNegative(hi.minus(e));
  }

  /** {@code e < lo} or {@code e > hi}, shown. */
  public boolean outside(Ix e, Ix lo, Ix hi) {
    return nonNegative(lo.minus(e).plus(-1)) || nonNegative(e.minus(hi).plus(-1));
  }
}
