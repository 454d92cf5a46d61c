package dev.conveyor.testsupport;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Request bodies a hostile or broken client sends, for fuzz tests: JSON of
 * every shape with property names a reader knows (so that odd values reach
 * real fields) and names it does not, values of the wrong type, numbers too
 * large or too precise for any field, strings with NUL characters, unpaired
 * surrogates and escapes, duplicate keys, nesting thousands deep; and
 * documents cut off or with garbage in them.
 */
public final class HostileJson {

    private static final int DEPTH = 4;

    private HostileJson() {
    }

    /** Well-formed JSON text (duplicate keys aside), hostile in its values. */
    public static Arbitrary<String> documents(List<String> names) {
        return Arbitraries.frequencyOf(
                Tuple.of(8, value(names, DEPTH)),
                Tuple.of(1, deepNesting()));
    }

    /** Documents, cut off ones, and text that is not JSON at all. */
    public static Arbitrary<String> bodies(List<String> names) {
        Arbitrary<String> cut = Combinators.combine(documents(names), Arbitraries.integers().between(0, 99))
                .as((document, percent) -> document.substring(0, document.length() * percent / 100));
        Arbitrary<String> garbage = Arbitraries.strings().all().ofMaxLength(64);
        return Arbitraries.frequencyOf(
                Tuple.of(6, documents(names)),
                Tuple.of(2, cut),
                Tuple.of(1, garbage));
    }

    private static Arbitrary<String> value(List<String> names, int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(strings(names), numbers(),
                Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> value(names, depth - 1));
        Arbitrary<String> arrays = inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> objects = Combinators.combine(keys(names), inner).as((key, v) -> key + ":" + v)
                .list().ofMaxSize(6).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalars),
                Tuple.of(2, arrays),
                Tuple.of(4, objects));
    }

    /** Mostly names the reader knows, so that duplicates and wrong types hit real properties. */
    private static Arbitrary<String> keys(List<String> names) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(names).map(HostileJson::quote)),
                Tuple.of(1, strings(names)));
    }

    private static Arbitrary<String> strings(List<String> names) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(20).map(HostileJson::quote)),
                Tuple.of(2, Arbitraries.of(names).map(HostileJson::quote)),
                Tuple.of(3, Arbitraries.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"",
                        "\"\\udc00\\ud800\"", "\"\\ud83d\\ude80\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\"", "\" \"",
                        "\"EUR\"", "\"00000000-0000-0000-0000-000000000000\"", "\"1\"", "\"true\"", "\"NaN\"",
                        "\"2026-01-01T00:00:00Z\"", "\"<script>@x.y\"")),
                Tuple.of(1, Arbitraries.integers().between(1_000, 100_000)
                        .map(length -> "\"" + "x".repeat(length) + "\"")));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)
                        .filter(text -> !text.contains("N") && !text.contains("I"))),
                Tuple.of(3, Arbitraries.of("0", "-0", "1.5", "-1", "1e400", "-1e-400", "1E+2",
                        "9223372036854775808", "-9223372036854775809", "2147483648", "123456789012345678901234567890",
                        "0.000000000000000000000000001", "1" + "0".repeat(900), "1e999999999", "1e-999999999")));
    }

    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(100, 5_000), Arbitraries.of("[", "{\"a\":"))
                .as((depth, open) -> open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth));
    }

    /** A JSON string of the text: quotes, backslashes and control characters escaped. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
