package derivcheck.doc;

/** A piece of LaTeX taken out of a file, with where it starts, so errors can point into the file. */
public record Snippet(String text, Position start) {}
