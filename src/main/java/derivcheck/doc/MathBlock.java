package derivcheck.doc;

import java.util.List;

/**
 * One piece of mathematics in a document: a display ({@code align}, {@code $$...$$}, {@code \[...\]}, ...) or
 * inline math ({@code $...$}, {@code \(...\)}). {@code [start, end)} covers the delimiters, {@code [bodyStart,
 * bodyEnd)} the content. {@code proseBefore} is the text between the previous block (of any form) and this one;
 * {@code sectionBreakBefore} says a heading, rule or {@code \item} stands in that text.
 */
public record MathBlock(int start, int end, int bodyStart, int bodyEnd, boolean display, String environment,
    String proseBefore, boolean sectionBreakBefore, List<MathRow> rows) {
  public MathBlock {
    rows = List.copyOf(rows);
  }
}
