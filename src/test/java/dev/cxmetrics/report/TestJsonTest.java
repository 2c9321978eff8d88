package dev.cxmetrics.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict test parser must accept exactly JSON, or the rendering tests prove nothing. */
class TestJsonTest {

    @Test
    void parsesNestedValuesInDocumentOrder() {
        Object value = TestJson.parse(" {\"b\": [1, -2.50, 3e2, true, false, null], \"a\": {}, \"c\": []}\n");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("b", "a", "c"));
        assertThat(map.get("b")).isEqualTo(Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.50"),
                new BigDecimal("3e2"), true, false, null));
        assertThat((Map<?, ?>) map.get("a")).isEmpty();
        assertThat((List<?>) map.get("c")).isEmpty();
    }

    @Test
    void numbersKeepTheirExactDecimalValue() {
        assertThat(TestJson.parse("0.1")).isEqualTo(new BigDecimal("0.1"));
        assertThat(TestJson.parse("-0")).isEqualTo(new BigDecimal("0"));
        assertThat(TestJson.parse("123456789012345678901234567890.000000001"))
                .isEqualTo(new BigDecimal("123456789012345678901234567890.000000001"));
        assertThat(TestJson.parse("1E-3")).isEqualTo(new BigDecimal("0.001"));
    }

    @Test
    void decodesEveryEscapeIncludingSurrogatePairs() {
        assertThat(TestJson.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""))
                .isEqualTo("\" \\ / \b \f \n \r \t");
        assertThat(TestJson.parse("\"\\u00e7\\u00C7\\u0000\\u001f\"")).isEqualTo("çÇ\u0000\u001f");
        assertThat(TestJson.parse("\"\\ud83d\\ude00\"")).isEqualTo("😀");
        assertThat(TestJson.parse("\"raw 😀 ç \u2028\"")).isEqualTo("raw 😀 ç \u2028");
        // The grammar allows an escaped lone surrogate; it decodes to that char.
        assertThat(TestJson.parse("\"\\ud800x\"")).isEqualTo("\ud800x");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1}x",
        "1 2", "{\"a\":1}{}", "{\"a\":1,\"a\":2}", "{\"x\":{\"a\":1,\"a\":1}}",
        "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\U0041\"", "\"\\'\"", "\"abc", "\"abc\\",
        "\"a\nb\"", "\"a\tb\"", "\"\u0000\"", "\"\u001f\"", "\"\ud800\"", "\"\ude00x\"",
        "01", "-", "1.", ".5", "+1", "1e", "1e+", "NaN", "Infinity", "-Infinity", "nul", "tru", "True",
        "\u00a01", "[1\u00a0]"
    })
    void rejectsAnythingOutsideTheGrammar(String json) {
        assertThatThrownBy(() -> TestJson.parse(json)).as("input %s", Arrays.toString(json.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsNameTheOffset() {
        assertThatThrownBy(() -> TestJson.parse("{\"a\":1,\"a\":2}"))
                .hasMessageContaining("duplicate key \"a\"").hasMessageContaining("offset 7");
        assertThatThrownBy(() -> TestJson.parse("[1] x")).hasMessageContaining("trailing");
    }
}
