package derivcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import derivcheck.check.CheckOptions;
import derivcheck.check.Kernel;
import derivcheck.check.Verdict;
import derivcheck.doc.DocKind;
import derivcheck.lib.Definitions;
import derivcheck.render.LatexPrinter;
import derivcheck.run.VerifiedStep.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that turn a document into derivations, definitions and steps (numeric checks only, for speed). */
class VerifierRulesTest {
  private static final Verifier VERIFIER =
      new Verifier(new Kernel(CheckOptions.defaults().withSymbolic(false)), Definitions.builtinsOnly());

  private static List<VerifiedStep> md(String text) {
    return VERIFIER.verify("t.md", text, DocKind.MARKDOWN).steps();
  }

  private static List<VerifiedStep> tex(String text) {
    return VERIFIER.verify("t.tex", text, DocKind.LATEX).steps();
  }

  /** Each step as "derivation.step lhs rel rhs: verdict", derivation and step counted from 1. */
  private static List<String> describe(List<VerifiedStep> steps) {
    return steps.stream().map(s -> {
      var r = s.result();
      String step = r.lhs() == null ? "(none)"
          : LatexPrinter.print(r.lhs()) + " " + r.relation().latex() + " " + LatexPrinter.print(r.rhs());
      return (r.derivation() + 1) + "." + (r.step() + 1) + " " + step + ": " + r.verdict().kind().word();
    }).toList();
  }

  @Test
  void aDisplayStartingWithARelationContinuesTheOneBefore() {
    var steps = md("$$a + a = 2a$$\nand then\n$$= a \\cdot 2$$\n");
    assertEquals(List.of("1.1 a + a = 2 a: confirmed", "1.2 2 a = a \\cdot 2: confirmed"), describe(steps));
  }

  @Test
  void aHeadingEndsTheChain() {
    var steps = md("$$a + a = 2a$$\n## Next\n$$= a \\cdot 2$$\n");
    assertEquals(2, steps.size());
    assertEquals(Verdict.Kind.UNKNOWN, steps.get(1).result().verdict().kind());
    assertTrue(steps.get(1).result().verdict().detail().contains("no chain comes before it"));
  }

  @Test
  void aRestatedLeftSideAfterWhichGivesContinuesTheChain() {
    String doc = "$$f'(x) = \\frac{d}{dx}x^2 = x + x$$\nwhich gives\n$$f'(x) = 2x$$\n";
    var steps = md("Let $f(x) = x^2$.\n" + doc);
    assertEquals("1.3 x + x = 2 x: confirmed", describe(steps).get(2), "the restated f'(x) is not a new step");
    var alone = md("Let $f(x) = x^2$.\n" + doc.replace("which gives", "Now something else."));
    assertEquals("2.1 f'(x) = 2 x: confirmed", describe(alone).get(2));
  }

  @Test
  void theLastTermRestatedContinuesTheChainWithoutACue() {
    var steps = md("$$a + a = 2a$$\nSo far so good.\n$$2a = a + a$$\n");
    assertEquals(List.of("1.1 a + a = 2 a: confirmed", "1.2 2 a = a + a: confirmed"), describe(steps));
  }

  @Test
  void alignRowsFormOneChainAndRowsWithTheirOwnLeftSideStartNewOnes() {
    var steps = tex("\\begin{align*}\nu &= 1 + x \\\\\n(1+x)^2 &= 1 + 2x + x^2 \\\\\n &= 1 + x(2 + x)\n\\end{align*}");
    assertEquals(List.of("1.1 \\left(1 + x\\right)^{2} = 1 + 2 x + x^{2}: confirmed",
        "1.2 1 + 2 x + x^{2} = 1 + x \\left(2 + x\\right): confirmed"), describe(steps),
        "u = 1 + x names u: no step");
  }

  @Test
  void theFirstWrongStepIsTheErrorAndALaterStepThatOnlyCarriesItFollows() {
    var steps = md("$$\n\\begin{aligned}\n(x+1)^2 &= x^2 + x + 1 \\\\\n&= x^2 + 1 + x \\\\\n"
        + "&= x^2 + 2x + 1 \\\\\n&= x^2 + 2x + 2\n\\end{aligned}\n$$");
    assertEquals(List.of(Finding.FIRST_ERROR, Finding.HOLDS, Finding.FOLLOWS_FROM_ERROR, Finding.NEW_ERROR),
        steps.stream().map(VerifiedStep::finding).toList());
    assertEquals(0, steps.get(2).causeStep());
  }

  @Test
  void anInequalityChainComposesForTheFollowsCheck() {
    var steps = md("$$x^2 + 1 \\ge x^2 + 2 \\ge x^2 \\ge x^2 - 1$$");
    assertEquals(List.of(Finding.FIRST_ERROR, Finding.HOLDS, Finding.HOLDS),
        steps.stream().map(VerifiedStep::finding).toList());
  }

  @Test
  void anUnreadableRowIsUnknownAndTheRestIsStillChecked() {
    var steps = tex("\\begin{align*}\na + a &= 2a \\\\\n &= \\foo{a} \\\\\n &= a + a\n\\end{align*}\n\\[ b + b = 3b \\]");
    assertEquals(4, steps.size());
    Verdict v = steps.get(1).result().verdict();
    assertEquals(Verdict.Kind.UNKNOWN, v.kind());
    assertTrue(v.detail().startsWith("cannot parse: unknown command '\\foo' (at 3:5)"), v.detail());
    assertEquals(3, steps.get(1).result().line());
    assertEquals("continues a row that could not be read", steps.get(2).result().verdict().detail());
    assertEquals(Finding.FIRST_ERROR, steps.get(3).finding());
  }

  @Test
  void documentDefinitionsAreInForceFromWhereTheyAppear() {
    var steps = md("$$f(2) = 5$$\nLet $f(x) = x^2 + 1$.\n$$f(2) = 5$$\nWe define $g(x) := 2x$, so $g(3) = 6$.");
    assertEquals(List.of("1.1 f(2) = 5: unknown", "2.1 f(2) = 5: confirmed", "3.1 g(3) = 6: confirmed"),
        describe(steps));
  }

  @Test
  void aDefinitionCueRedefinesABuiltinWithoutOneItIsAClaim() {
    var steps = md("Let $\\sigma(x) = \\max(0, x)$ be the activation. Then $\\sigma(-1) = 0$.");
    assertEquals(List.of("1.1 \\sigma(-1) = 0: confirmed"), describe(steps));
    var claim = md("We know $\\sigma(x) = \\frac{1}{1 + e^{x}}$.");
    assertEquals(Finding.FIRST_ERROR, claim.get(0).finding());
  }

  @Test
  void namesSetToConstantsAreConditionsUnlessACueDefinesThem() {
    assertEquals(List.of(), md("For $y = 1$ the loss is $-\\log p$, and $x \\in \\mathbb{R}$, $i \\neq j$."));
    var steps = md("Let $n = 32$, $k = 5$ and $p = 2$.\n$$\\frac{n + 2p - k}{1} + 1 = 32$$\n## Part 2\n"
        + "$$n + 1 = 33$$");
    assertEquals(List.of("1.1 \\frac{n + 2 p - k}{1} + 1 = 32: confirmed", "2.1 n + 1 = 33: refuted"),
        describe(steps), "a constant defined in a section is forgotten at the next heading");
  }

  @Test
  void aSubscriptedNameOnlyNamesTheFormula() {
    var steps = md("Let $n = 10$.\n$$n_{out} = \\frac{n - 2}{2} + 1 = 5$$");
    assertEquals(List.of("1.1 \\frac{n - 2}{2} + 1 = 5: confirmed"), describe(steps));
  }

  @Test
  void trailingWhereDefinitionsApplyToTheDisplay() {
    var steps = md("$$a\\,u + a\\,u = 2v$$\nwhere $v = a\\,u$.\n");
    assertEquals(List.of("1.1 a u + a u = 2 v: confirmed"), describe(steps));
  }

  @Test
  void caseConditionsBecomeAssumptions() {
    var steps = md("$$-y\\log p - (1 - y)\\log(1 - p) = -\\log p \\quad \\text{for } y = 1$$");
    assertEquals(Verdict.Kind.CONFIRMED, steps.get(0).result().verdict().kind());
    var carried = md("$$\n\\begin{aligned}\n\\frac{|x|}{x} &= 1 \\quad \\text{for } x > 0 \\\\\n&= x^0\n"
        + "\\end{aligned}\n$$");
    assertEquals(List.of(Finding.HOLDS, Finding.HOLDS), carried.stream().map(VerifiedStep::finding).toList());
  }

  @Test
  void annotationsDoNotBreakAStep() {
    var steps = tex("\\begin{align*}\nx(1 - x) &= \\underbrace{x - x^2}_{\\text{expand}} "
        + "\\qquad \\text{(distribute)} \\label{eq:a} \\\\\n"
        + " &= \\color{red}{x} - \\cancel{x^2} + \\cancel{x^2} - x^2, \\tag{2}\n\\end{align*}");
    assertEquals(List.of(Finding.HOLDS, Finding.HOLDS), steps.stream().map(VerifiedStep::finding).toList());
  }

  @Test
  void aDerivativeOfAnUndefinedNameIsNotRefuted() {
    var steps = md("$$\\frac{\\partial L}{\\partial z} = p - y$$");
    assertEquals(Verdict.Kind.UNKNOWN, steps.get(0).result().verdict().kind());
    assertTrue(steps.get(0).result().verdict().detail().contains("does not define"));
  }

  @Test
  void inlineFragmentsThatNameThingsMakeNoNoise() {
    assertEquals(List.of(), md("With upstream gradient $g_1 = \\partial L / \\partial y_1$ and $f: A \\to B$."));
  }

  @Test
  void stepsKnowWhereTheirMarkGoes() {
    String text = "Claim: $a + a = 2a$.\n$$\n\\begin{aligned}\nb^2 &= b b \\\\\n&= 2b^2 - b\n\\end{aligned}\n$$";
    var steps = md(text);
    assertEquals(text.indexOf("$.") + 1, steps.get(0).markAt(), "after the closing $ of inline math");
    assertEquals(text.indexOf("b b") + 3, steps.get(1).markAt(), "at the end of the row");
    assertEquals(text.indexOf("- b") + 3, steps.get(2).markAt());
  }

  @Test
  void suppositionsAndIncrementsAreNotClaims() {
    assertEquals(List.of(), md("Find $P$ such that $PU = V$, with step $\\Delta w = 0.01$. Suppose $a b = c$."));
    var steps = md("If we expand, we get $(a + b)^2 = a^2 + b^2$.");
    assertEquals(Finding.FIRST_ERROR, steps.get(0).finding(), "an 'if' that does not end the prose is no premise");
  }

  @Test
  void usingAValueDefinesIt() {
    var steps = md("With $\\eta = 2$ the step is $\\eta x$. Using $\\eta = \\frac{1}{L}$, $\\eta L = 1$.");
    assertEquals(List.of("1.1 \\eta L = 1: confirmed"), describe(steps));
  }
}
