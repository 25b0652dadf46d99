package derivcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void escapesLatexAndControlCharacters() {
    assertEquals("\"\\\\frac{1}{2}\"", JsonWriter.quote("\\frac{1}{2}"));
    assertEquals("\"say \\\"hi\\\"\"", JsonWriter.quote("say \"hi\""));
    assertEquals("\"a\\nb\\tc\\r\\b\\f\"", JsonWriter.quote("a\nb\tc\r\b\f"));
    assertEquals("\"\\u0000\\u001f\\u2028\"", JsonWriter.quote("\u0000\u001f\u2028"));
    assertEquals("\"σ'(x) ≤ ¼ 😀\"", JsonWriter.quote("σ'(x) ≤ ¼ 😀"));
    assertEquals("\"/\"", JsonWriter.quote("/"));
  }

  @Test
  void compactObjectKeepsInsertionOrder() {
    var o = JsonWriter.object()
        .put("z", 1).put("a", "x").put("t", true).put("f", false).put("n", null)
        .put("d", 0.25).put("big", new BigInteger("123456789012345678901234567890"))
        .put("dec", new BigDecimal("1.50")).put("l", 1L << 40);
    assertEquals("{\"z\":1,\"a\":\"x\",\"t\":true,\"f\":false,\"n\":null,\"d\":0.25,"
        + "\"big\":123456789012345678901234567890,\"dec\":1.50,\"l\":1099511627776}", o.toJson());
  }

  @Test
  void replacingAKeyKeepsItsPlace() {
    var o = JsonWriter.object().put("a", 1).put("b", 2).put("a", 3);
    assertEquals("{\"a\":3,\"b\":2}", o.toJson());
  }

  @Test
  void prettyOutputIndentsTwoSpaces() {
    var root = JsonWriter.object()
        .put("results", JsonWriter.array()
            .add(JsonWriter.object().put("latex", "\\sigma(x)").put("verdict", "proved"))
            .add(JsonWriter.array()))
        .put("summary", JsonWriter.object().put("proved", 1).put("empty", JsonWriter.object()));
    String expected = """
        {
          "results": [
            {
              "latex": "\\\\sigma(x)",
              "verdict": "proved"
            },
            []
          ],
          "summary": {
            "proved": 1,
            "empty": {}
          }
        }""";
    assertEquals(expected, root.toPrettyJson());
    assertEquals("{\"results\":[{\"latex\":\"\\\\sigma(x)\",\"verdict\":\"proved\"},[]],"
        + "\"summary\":{\"proved\":1,\"empty\":{}}}", root.toJson());
  }

  @Test
  void mapsAndListsConvert() {
    var m = new LinkedHashMap<String, Object>();
    m.put("xs", List.of(1, 2.5, "three"));
    m.put("nothing", Arrays.asList((Object) null));
    assertEquals("{\"xs\":[1,2.5,\"three\"],\"nothing\":[null]}", JsonWriter.write(m, false));
    assertEquals("[]", JsonWriter.write(List.of(), true));
    assertEquals("\"s\"", JsonWriter.write("s", true));
  }

  @Test
  void doublesUseValidJsonSpelling() {
    assertEquals("[1.0E-5,-0.0,3.0]", JsonWriter.array().add(1e-5).add(-0.0).add(3.0).toJson());
  }

  @Test
  void rejectsValuesJsonCannotSpell() {
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.array().add(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.object().put("x", Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.array().add(new Object()));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.object().put(null, 1));
  }
}
