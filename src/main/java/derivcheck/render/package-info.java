/**
 * Printing expression trees: {@link derivcheck.render.LatexPrinter} (LaTeX our parser reads back as the same tree),
 * {@link derivcheck.render.TextForm} (canonical structural text for golden tests),
 * {@link derivcheck.render.PlainText} (calculator-style text for terminal lines) and
 * {@link derivcheck.render.JsonWriter} (dependency-free JSON for machine-readable reports). Depends only on
 * {@code expr} and {@code lib}.
 */
package derivcheck.render;
