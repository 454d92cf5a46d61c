package dev.conveyor.adapter.rest.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** Finds the first string or property name of a JSON document that {@link TextRules} does not accept. */
public final class JsonTexts {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTexts() {
    }

    /**
     * For bodies read as bytes (webhooks): refuses text the API does not accept wherever it is in the
     * document; a body that is no JSON is left to its reader to refuse.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming the JSON path
     */
    public static void require(byte[] json) {
        firstUnacceptable(json).ifPresent(path -> {
            throw TextRules.refused(path);
        });
    }

    /** Its JSON path, e.g. {@code shippingAddress.name}; {@code (body)} for a string that is the whole document. */
    static Optional<String> firstUnacceptable(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && !TextRules.acceptable(parser.getText())) {
                    String path = JsonPaths.pathOf(parser.getParsingContext());
                    return Optional.of(path.isEmpty() ? "(body)" : path);
                }
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            // only called on documents the decoder accepted
            return Optional.empty();
        }
    }
}
