package dev.conveyor.adapter.rest.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which JSON path a decoding error is about. The decoder reports only a
 * line and column, so the document is walked again with a streaming parser up
 * to that position; the value there is the culprit.
 */
final class JsonPaths {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private JsonPaths() {
    }

    /** The path, like {@code lines[0].quantity}, of the value the error occurred at; empty at the top level. */
    static Optional<String> ofError(byte[] json, Throwable error) {
        return position(error).flatMap(position -> pathBefore(json, position));
    }

    private static Optional<Position> position(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException jackson && jackson.getLocation() != null) {
                JsonLocation location = jackson.getLocation();
                return Optional.of(new Position(location.getLineNr(), location.getColumnNr()));
            }
            Matcher matcher = t.getMessage() == null ? null : POSITION.matcher(t.getMessage());
            if (matcher != null && matcher.find()) {
                return Optional.of(new Position(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pathBefore(byte[] json, Position error) {
        String path = null;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(json);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!error.isAfter(parser.currentTokenLocation())) {
                    break;
                }
                JsonStreamContext context = parser.getParsingContext();
                boolean opensValue = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                path = pathOf(opensValue ? context.getParent() : context);
            }
        } catch (IOException syntaxError) {
            // the parser stopped inside the broken value: its context names it, even before a token was complete
            path = pathOf(parser == null ? null : parser.getParsingContext());
        } finally {
            closeQuietly(parser);
        }
        return Optional.ofNullable(path).filter(p -> !p.isEmpty());
    }

    /** The path of the value the context is at, like {@code lines[0].quantity}; empty at the top level. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading from a byte array: nothing to release
            }
        }
    }

    private record Position(int line, int column) {
        boolean isAfter(JsonLocation location) {
            return location.getLineNr() < line || (location.getLineNr() == line && location.getColumnNr() < column);
        }
    }
}
