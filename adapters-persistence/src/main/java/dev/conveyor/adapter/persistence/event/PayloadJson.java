package dev.conveyor.adapter.persistence.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Event payloads as JSON text, written straight to Jackson's generator: a payload is maps, lists, strings, numbers
 * and booleans, and Micronaut's mapper looked up a serializer for each of its values (a twentieth of a placement's
 * request CPU went to the two events' payloads). A payload holding any other type is written by the mapper, so the
 * text is the mapper's in every case.
 */
final class PayloadJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonMapper mapper;

    PayloadJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, Object> payload) throws IOException {
        if (!plain(payload)) {
            return mapper.writeValueAsString(payload);
        }
        // through UTF-8 bytes, as the mapper writes: its generator escapes characters outside the BMP
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            write(generator, payload);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !plain(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> values) {
            for (Object element : values) {
                if (!plain(element)) {
                    return false;
                }
            }
            return true;
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal || value instanceof BigInteger;
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> values) {
            generator.writeStartArray();
            for (Object element : values) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else {
            generator.writeNull();
        }
    }
}
