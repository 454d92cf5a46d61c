package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One answer of the server: status, headers, body text and the body read as
 * JSON. Values are read by dotted paths ({@code user.role}, {@code items.0.id}).
 */
record Reply(String request, int status, HttpHeaders headers, String text, Object body) {

    static final String PROBLEM_JSON = "application/problem+json";

    Reply expect(int expected) {
        assertEquals(expected, status, () -> "status of " + this);
        return this;
    }

    /** An error in the API's one format: problem+json whose status and stable code are the expected ones. */
    Reply expectProblem(int expected, String code) {
        expect(expected);
        assertEquals(PROBLEM_JSON, header("Content-Type"), () -> "content type of " + this);
        assertEquals(code, text("code"), () -> "code of " + this);
        assertEquals(expected, number("status"), () -> "status member of " + this);
        assertEquals(header("X-Correlation-Id"), text("correlationId"), () -> "correlation id of " + this);
        return this;
    }

    /** A validation problem that names the offending field. */
    Reply expectInvalid(String field) {
        expectProblem(400, "VALIDATION_FAILED");
        assertEquals(field, text("field"), () -> "field of " + this);
        return this;
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    Object at(String path) {
        Object current = body;
        for (String segment : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(segment);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(segment));
            } else {
                fail("no " + path + " in " + this);
            }
        }
        return current;
    }

    String text(String path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    long number(String path) {
        Object value = at(path);
        assertTrue(value instanceof Number, () -> path + " is not a number in " + this);
        return ((Number) value).longValue();
    }

    UUID id(String path) {
        String value = text(path);
        assertNotNull(value, () -> "no " + path + " in " + this);
        return UUID.fromString(value);
    }

    UUID id() {
        return id("id");
    }

    List<?> list(String path) {
        Object value = at(path);
        assertTrue(value instanceof List<?>, () -> path + " is not a list in " + this);
        return (List<?>) value;
    }

    /** A body that is a JSON array. */
    List<?> array() {
        assertTrue(body instanceof List<?>, () -> "the body is not a list in " + this);
        return (List<?>) body;
    }

    /** The {@code path} member of every item of a page. */
    List<String> itemsText(String path) {
        return list("items").stream().map(item -> String.valueOf(((Map<?, ?>) item).get(path))).toList();
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + (text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text);
    }
}
