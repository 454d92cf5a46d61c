package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.http.HttpRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "A-b_c.d:e", "0123456789"})
    void acceptsShortIdsOfSafeCharacters(String id) {
        assertEquals(id, CorrelationIds.acceptOrGenerate(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"with space", "line\nbreak", "semi;colon", "ünïcode", "quote\""})
    void replacesAnythingElseByAUuid(String id) {
        String accepted = CorrelationIds.acceptOrGenerate(id);
        assertNotEquals(id, accepted);
        assertEquals(accepted, UUID.fromString(accepted).toString());
    }

    @Test
    void generatedIdsAreDistinctVersionFourUuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CorrelationIds.generate();
            UUID uuid = UUID.fromString(id);
            assertEquals(id, uuid.toString());
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void acceptsAtMostOneHundredCharacters() {
        assertEquals("a".repeat(100), CorrelationIds.acceptOrGenerate("a".repeat(100)));
        assertNotEquals("a".repeat(101), CorrelationIds.acceptOrGenerate("a".repeat(101)));
    }

    @Test
    void aRequestKeepsTheIdItWasGiven() {
        HttpRequest<?> request = HttpRequest.GET("/api/products").header(CorrelationIds.HEADER, "given-1");
        assertEquals("given-1", CorrelationIds.of(request));

        HttpRequest<?> anonymous = HttpRequest.GET("/api/products");
        assertEquals(CorrelationIds.of(anonymous), CorrelationIds.of(anonymous), "generated once per request");
    }
}
