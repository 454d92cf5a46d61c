package dev.conveyor.adapter.rest.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Reads request DTOs like the standard JSON reader, but keeps the bytes so
 * that a decoding error can name the JSON path it is about, and refuses what
 * the decoder would let through: a value of another JSON type than declared
 * ({@link JsonShapes}) and text the API does not accept ({@link TextRules}).
 * Readers are
 * matched by the type they declare only when it is a subtype of the requested
 * one, so this reader is declared for any type, filters in
 * {@link #isReadable}, and is ordered before the standard reader.
 */
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class JsonRequestReader<T> implements MessageBodyReader<T> {

    private static final Pattern SOURCE_DESCRIPTION = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

    private final JsonMapper json;

    JsonRequestReader(JsonMapper json) {
        this.json = json;
    }

    /** Only request DTOs; every other type falls through to the standard JSON reader. */
    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return JsonRequest.class.isAssignableFrom(type.getType());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        byte[] bytes = readAll(body);
        T value;
        try {
            value = json.readValue(bytes, type);
        } catch (IOException decodingError) {
            throw new MalformedJsonException(JsonPaths.ofError(bytes, decodingError).orElse(null),
                    describe(decodingError));
        }
        JsonShapes.firstMismatch(bytes, type).ifPresent(mismatch -> {
            throw new MalformedJsonException(mismatch.path().isEmpty() ? null : mismatch.path(),
                    mismatch.expectation() + " is expected here");
        });
        JsonTexts.require(bytes);
        return value;
    }

    private static byte[] readAll(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The innermost reason, without the parser's description of where it read from. */
    private static String describe(Throwable error) {
        Throwable innermost = error;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? "not valid JSON" : innermost.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline >= 0 ? message.substring(0, newline) : message;
        return SOURCE_DESCRIPTION.matcher(firstLine).replaceAll("").strip();
    }
}
