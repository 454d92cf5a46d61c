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
 * Finds an array or object where a request DTO expects a single value. The
 * JSON decoder quietly reads {@code "quantity": [1]} as {@code 1}; a client
 * sending that has a bug we should tell it about, not guess around.
 */
final class ScalarShapes {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScalarShapes() {
    }

    /** The JSON path of the first such value, e.g. {@code lines[0].quantity}. */
    static Optional<String> firstMisshapen(byte[] json, Argument<?> type) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return check(parser, type, "");
        } catch (IOException unreadable) {
            // the decoder accepted the document, so this cannot happen; nothing to report then
            return Optional.empty();
        }
    }

    private static Optional<String> check(JsonParser parser, Argument<?> type, String path) throws IOException {
        JsonToken token = parser.currentToken();
        boolean structured = token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT;
        if (isScalar(type.getType())) {
            return structured ? Optional.of(path) : Optional.empty();
        }
        if (token == JsonToken.START_ARRAY && Iterable.class.isAssignableFrom(type.getType())) {
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                Optional<String> found = check(parser, element, path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(
                type.getType());
        if (token == JsonToken.START_OBJECT && introspection.isPresent()) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Optional<? extends BeanProperty<?, Object>> property = introspection.get().getProperty(name);
                Optional<String> found = property.isPresent()
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

    private static Optional<String> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return Optional.empty();
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || CharSequence.class.isAssignableFrom(type)
                || type == Boolean.class || type.isEnum() || type == UUID.class
                || Temporal.class.isAssignableFrom(type);
    }
}
