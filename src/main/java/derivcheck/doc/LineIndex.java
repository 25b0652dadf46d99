package derivcheck.doc;

import java.util.ArrayList;
import java.util.List;

/** Maps character offsets of a text to 1-based line and column positions. */
public final class LineIndex {
  private final List<Integer> lineStarts = new ArrayList<>();

  public LineIndex(String text) {
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') lineStarts.add(i + 1);
    }
  }

  public Position at(int offset) {
    int lo = 0;
    int hi = lineStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts.get(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo + 1, offset - lineStarts.get(lo) + 1);
  }
}
