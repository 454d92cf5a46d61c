package dev.conveyor.adapter.rest.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a value whose JSON type is not the one a request DTO declares. The
 * JSON decoder quietly reads {@code "quantity": [1]}, {@code "quantity": "5"}
 * and {@code "quantity": true} as numbers, and {@code "name": 5} as text; a
 * client sending that has a bug we should tell it about, not guess around. So
 * numbers must be JSON numbers, booleans {@code true} or {@code false}, text
 * (and the UUIDs, enums and instants read from it) JSON strings; {@code null}
 * stands for an absent value everywhere.
 */
final class JsonShapes {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonShapes() {
    }

    /** @param path the JSON path of the value, e.g. {@code lines[0].quantity}; empty for the whole document */
    record Mismatch(String path, String expectation) {
    }

    /** The first such value. */
    static Optional<Mismatch> firstMismatch(byte[] json, Argument<?> type) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return check(parser, type, "");
        } catch (IOException unreadable) {
            // the decoder accepted the document, so this cannot happen; nothing to report then
            return Optional.empty();
        }
    }

    private static Optional<Mismatch> check(JsonParser parser, Argument<?> type, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        Optional<String> scalar = scalarExpectation(type.getType());
        if (scalar.isPresent()) {
            return matches(token, type.getType()) ? Optional.empty() : Optional.of(new Mismatch(path, scalar.get()));
        }
        if (Iterable.class.isAssignableFrom(type.getType())) {
            if (token != JsonToken.START_ARRAY) {
                return Optional.of(new Mismatch(path, "an array"));
            }
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                Optional<Mismatch> found = check(parser, element, path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(
                type.getType());
        if (introspection.isPresent()) {
            if (token != JsonToken.START_OBJECT) {
                return Optional.of(new Mismatch(path, "an object"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Optional<? extends BeanProperty<?, Object>> property = introspection.get().getProperty(name);
                Optional<Mismatch> found = property.isPresent()
                        ? check(parser, property.get().asArgument(), path.isEmpty() ? name : path + "." + name)
                        : skip(parser);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        return skip(parser);
    }

    private static Optional<Mismatch> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return Optional.empty();
    }

    /** What a single value of this type must look like in JSON; empty for structured types. */
    private static Optional<String> scalarExpectation(Class<?> type) {
        if (isNumber(type)) {
            return Optional.of("a number");
        }
        if (isBoolean(type)) {
            return Optional.of("true or false");
        }
        if (isText(type)) {
            return Optional.of("a string");
        }
        return Optional.empty();
    }

    private static boolean matches(JsonToken token, Class<?> type) {
        if (isNumber(type)) {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }
        if (isBoolean(type)) {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
        return token == JsonToken.VALUE_STRING;
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class
                && type != char.class);
    }

    private static boolean isBoolean(Class<?> type) {
        return type == Boolean.class || type == boolean.class;
    }

    private static boolean isText(Class<?> type) {
        return CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class
                || type.isEnum() || type == UUID.class || Temporal.class.isAssignableFrom(type);
    }
}
