package derivcheck.tensor;

import java.util.List;

/**
 * What a vector or matrix claim comes to: scalar components at several sizes ({@link Cases}), or a reason it cannot
 * be checked: bad input ({@link Invalid}, e.g. a shape error) or notation not supported ({@link Undecidable}).
 */
public sealed interface Plan permits Plan.Cases, Plan.Invalid, Plan.Undecidable {
  /**
   * The components by size, smallest first. {@code skipped} says which sizes were left out and why;
   * {@code notes} conventions the expansion relied on (such as zero padding); {@code sizeNames} the size symbols
   * ({@code n}, {@code d_h}); {@code draws} how many random stand-ins were tried for declared functions (0 if none);
   * {@code truncated} whether the cap on components cut larger sizes off.
   */
  record Cases(List<SizeCase> cases, List<String> skipped, List<String> notes, List<String> sizeNames, int draws,
      boolean truncated) implements Plan {
    public Cases {
      cases = List.copyOf(cases);
      skipped = List.copyOf(skipped);
      notes = List.copyOf(notes);
      sizeNames = List.copyOf(sizeNames);
    }
  }

  record Invalid(String message) implements Plan {}

  record Undecidable(String reason) implements Plan {}
}
