package derivcheck.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A long homework in Markdown, page after page of the seeds' topics with varying constants, and a planted error on
 * every fifth page. Each page has about forty lines and a dozen steps, as a handwritten page of derivations does.
 */
final class SyntheticHomework {
  /** The document and the 1-based lines of its planted errors. */
  record Document(String text, List<Integer> errorLines) {}

  private SyntheticHomework() {}

  static Document pages(int pages) {
    var b = new StringBuilder("# Deep learning theory — collected solutions\n\n");
    var errors = new ArrayList<Integer>();
    for (int page = 1; page <= pages; page++) {
      int a = page + 1;
      boolean planted = page % 5 == 0;
      b.append("## Page ").append(page).append("\n\n");
      b.append("Let $g(x) = \\sigma(").append(a).append("x)$. By the chain rule,\n\n$$\n\\begin{aligned}\n");
      b.append("g'(x) &= ").append(a).append("\\,\\sigma'(").append(a).append("x) \\\\\n");
      if (planted) errors.add(lines(b));
      b.append("&= ").append(planted ? a + 1 : a).append("\\,\\sigma(").append(a).append("x)\\left(1 - \\sigma(")
          .append(a).append("x)\\right) \\\\\n");
      b.append("&= \\frac{").append(planted ? a + 1 : a).append(" e^{-").append(a).append("x}}{\\left(1 + e^{-")
          .append(a).append("x}\\right)^2}\n\\end{aligned}\n$$\n\n");
      b.append("The tanh identity with the same constant:\n\n$$\n\\begin{aligned}\n");
      b.append("\\tanh(").append(a).append("x) &= \\frac{e^{").append(a).append("x} - e^{-").append(a)
          .append("x}}{e^{").append(a).append("x} + e^{-").append(a).append("x}} \\\\\n");
      b.append("&= \\frac{1 - e^{-").append(2 * a).append("x}}{1 + e^{-").append(2 * a).append("x}} \\\\\n");
      b.append("&= 2\\sigma(").append(2 * a).append("x) - 1\n\\end{aligned}\n$$\n\n");
      b.append("For the softplus, $\\frac{d}{dx}\\log(1 + e^{").append(a).append("x}) = ").append(a)
          .append("\\sigma(").append(a).append("x)$.\n\n");
      b.append("Binary cross-entropy with $\\hat{y} = \\sigma(z)$:\n\n$$\n\\begin{aligned}\n");
      b.append("\\frac{d}{dz}\\Bigl(-y\\log\\sigma(z) - (1-y)\\log(1-\\sigma(z))\\Bigr) ")
          .append("&= -y(1 - \\sigma(z)) + (1-y)\\sigma(z) \\\\\n");
      b.append("&= \\sigma(z) - y\n\\end{aligned}\n$$\n\n");
      int n = 16 + 2 * page;
      b.append("A convolution with input width $n = ").append(n).append("$, kernel $k = 3$, padding $p = 1$ and ")
          .append("stride $s = 1$ keeps the width:\n\n");
      b.append("$$\\frac{n + 2p - k}{s} + 1 = \\frac{").append(n).append(" + 2 - 3}{1} + 1 = ").append(n)
          .append("$$\n\n");
      b.append("Two classes reduce to a sigmoid:\n\n");
      b.append("$$\\frac{e^{x_1}}{e^{x_1} + e^{x_2}} = \\frac{1}{1 + e^{-(x_1 - x_2)}} = \\sigma(x_1 - x_2)$$\n\n");
      b.append("```python\n# numeric sanity check of page ").append(page)
          .append("\nprint(sigmoid(2.0) * (1 - sigmoid(2.0)))\n```\n\n");
    }
    return new Document(b.toString(), errors);
  }

  private static int lines(StringBuilder b) {
    int n = 1;
    for (int i = 0; i < b.length(); i++) if (b.charAt(i) == '\n') n++;
    return n;
  }

  /** Writes a 20-page homework to the file named by the first argument. */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), pages(20).text());
  }
}
