package dev.conveyor.adapter.persistence.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payload text is the mapper's, byte for byte, whatever the payload holds. */
class PayloadJsonTest {

    private final JsonMapper mapper = JsonMapper.createDefault();
    private final PayloadJson json = new PayloadJson(mapper);

    @Test
    void anOrderSnapshotIsWrittenAsTheMapperWritesIt() throws Exception {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", UUID.randomUUID().toString());
        order.put("number", "ORD-2026-000042");
        order.put("progress", 0);
        order.put("totalMinor", 123_456_789_012L);
        order.put("taxMinor", -17L);
        order.put("shipMethod", null);
        order.put("pricesIncludeTax", true);
        order.put("rate", new BigDecimal("19.50"));
        order.put("big", new BigInteger("123456789012345678901234567890"));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNo", i);
            line.put("name", "Blue \"mug\" \\ ü € 😀 <b>&</b>\n\t\u0001\u2028 " + i);
            line.put("quantity", i * 2);
            lines.add(line);
        }
        order.put("lines", lines);
        order.put("none", List.of());
        order.put("empty", Map.of());
        order.put("set", Set.of("a"));

        assertSameText(Map.of("order", order));
        assertSameText(Map.of("orderNumber", "ORD-1", "affectedProducts", List.of(Map.of("quantity", 1)),
                "nothing", new HashMap<>()));
        assertSameText(Map.of());
    }

    @Test
    void aPayloadWithAnyOtherValueIsTheMappersToo() throws Exception {
        assertSameText(Map.of("at", Instant.parse("2026-03-01T10:15:30Z")));
        assertSameText(Map.of("id", UUID.randomUUID()));
        assertSameText(Map.of("nested", List.of(Map.of("ratio", 0.5))));
        assertSameText(Map.of("day", java.time.DayOfWeek.MONDAY, "small", (short) 3));
    }

    private void assertSameText(Map<String, Object> payload) throws Exception {
        assertEquals(mapper.writeValueAsString(payload), json.write(payload));
    }
}
