package derivcheck.doc;

import java.util.List;

/** A document as {@code verify} reads it: its text, kind, math blocks in order, and the stretches it skipped. */
public record MathDocument(String text, DocKind kind, List<MathBlock> blocks, List<Span> skipped,
    LineIndex lines) {
  public MathDocument {
    blocks = List.copyOf(blocks);
    skipped = List.copyOf(skipped);
  }

  /** Reads the math of a {@code .tex} or {@code .md} document. */
  public static MathDocument read(String text, DocKind kind) {
    return MathScanner.scan(text, kind);
  }
}
