package derivcheck.doc;

import java.util.List;

/** One directive of a problem or proof file, in file order. */
public sealed interface Item permits Item.Define, Item.Claim, Item.Derivation {
  Position position();

  /** {@code \define{\name(x) = ...}}: in force from here to the end of the file. */
  record Define(Snippet latex, Position position) implements Item {}

  /** {@code \claim[expect]{id}{latex}}. */
  record Claim(String id, Expectation expect, Snippet latex, Position position) implements Item {}

  /**
   * {@code \begin{derivation}[expect]{id} row \\ row ... \end{derivation}}. {@code expect} applies to every step
   * unless a row says otherwise with a comment {@code % expect: false}.
   */
  record Derivation(String id, Expectation expect, List<Row> rows, Position position) implements Item {
    public Derivation {
      rows = List.copyOf(rows);
    }
  }

  /** One {@code \\}-separated row of a derivation, with its own expectation if it states one. */
  record Row(Snippet latex, Expectation expect) {}
}
