package derivcheck.doc;

import java.util.Locale;

/** The two kinds of hand-written document {@code verify} reads, told apart by the file name's ending. */
public enum DocKind {
  /** A LaTeX document or fragment: {@code .tex}. */
  LATEX,
  /** Markdown with math, as Jupyter, Obsidian, GitHub or HackMD export it: {@code .md}. */
  MARKDOWN;

  /** The kind of a file, or null when its name ends in neither {@code .tex} nor {@code .md}. */
  public static DocKind of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tex") || n.endsWith(".latex")) return LATEX;
    if (n.endsWith(".md") || n.endsWith(".markdown")) return MARKDOWN;
    return null;
  }
}
