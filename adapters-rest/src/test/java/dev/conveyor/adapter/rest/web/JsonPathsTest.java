package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    private static Optional<String> pathOf(String json, int line, int column) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonPaths.ofError(bytes, new IOException("Unable to coerce string to integer\n at [Source: REDACTED; line: "
                + line + ", column: " + column + "]"));
    }

    @Test
    void aScalarInsideAnArrayOfObjects() {
        String json = "{\"lines\":[{\"productId\":\"x\",\"quantity\":\"abc\"}]}";
        assertEquals(Optional.of("lines[0].quantity"), pathOf(json, 1, 44));
    }

    @Test
    void anObjectWhereAnArrayWasExpected() {
        assertEquals(Optional.of("lines"), pathOf("{\"lines\":{}}", 1, 11));
    }

    @Test
    void theSecondElementOfAnArray() {
        String json = "{\"lines\":[{\"quantity\":1},\n  {\"quantity\":{}}]}";
        assertEquals(Optional.of("lines[1].quantity"), pathOf(json, 2, 16));
    }

    @Test
    void aTopLevelErrorHasNoPath() {
        assertEquals(Optional.empty(), pathOf("[]", 1, 2));
    }

    @Test
    void noPositionInTheErrorMeansNoPath() {
        assertEquals(Optional.empty(), JsonPaths.ofError("{}".getBytes(StandardCharsets.UTF_8),
                new IOException("something else")));
    }

    @Test
    void aSyntaxErrorIsPlacedAtTheValueBeingRead() throws IOException {
        assertEquals(Optional.of("address.city"), syntaxErrorPath("{\"name\":\"Ann\",\"address\":{\"city\": }}"));
        assertEquals(Optional.of("lines[1]"), syntaxErrorPath("{\"lines\":[1, ]}"));
        assertEquals(Optional.of("paid"), syntaxErrorPath("{\"notes\":\"x\",\"paid\":tru}"));
    }

    private static Optional<String> syntaxErrorPath(String text) throws IOException {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        } catch (JsonParseException syntaxError) {
            return JsonPaths.ofError(json, syntaxError);
        }
        throw new IllegalArgumentException("valid JSON: " + text);
    }
}
