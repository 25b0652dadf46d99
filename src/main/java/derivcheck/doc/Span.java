package derivcheck.doc;

/**
 * A stretch {@code [start, end)} of a document (character offsets) that holds no mathematics to check: code,
 * comments, tables, pseudo-code, the preamble. The LaTeX output uses the kind to copy it suitably.
 */
public record Span(int start, int end, Kind kind) {
  public enum Kind {
    /** A TeX {@code %} comment or a Markdown {@code <!-- -->} comment. */
    COMMENT,
    /** A fenced Markdown code block, or a TeX verbatim-like environment. */
    CODE_BLOCK,
    /** Markdown inline code or TeX {@code \verb}. */
    INLINE_CODE,
    /** A table: Markdown pipe-table rows, or a TeX tabular. */
    TABLE,
    /** TeX pseudo-code: algorithm and algorithmic environments. */
    PSEUDOCODE,
    /** Everything outside {@code \begin{document} ... \end{document}}. */
    PREAMBLE
  }
}
