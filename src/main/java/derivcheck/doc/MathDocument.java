package derivcheck.doc;

import java.util.List;

/**
 * A document as {@code verify} reads it: its text, kind, math blocks in order, the stretches it skipped, and the
 * displays that are never closed (read up to the next blank line, and reported).
 */
public record MathDocument(String text, DocKind kind, List<MathBlock> blocks, List<Span> skipped,
    LineIndex lines, List<Unclosed> unclosed) {
  public MathDocument {
    blocks = List.copyOf(blocks);
    skipped = List.copyOf(skipped);
    unclosed = List.copyOf(unclosed);
  }

  /** A display opened at {@code at} ({@code \begin{align}}, {@code \[}, {@code $$}) and never closed. */
  public record Unclosed(String opener, Position at) {
    public String message() {
      return "'" + opener + "' is never closed; its rows were read up to the next blank line";
    }
  }

  /** Reads the math of a {@code .tex} or {@code .md} document. */
  public static MathDocument read(String text, DocKind kind) {
    return MathScanner.scan(text, kind);
  }
}
