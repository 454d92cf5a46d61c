package dev.conveyor.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code CONVEYOR_DEMO=true}: an empty database gets the demo shop, with orders in every status and their
 * deliveries, invoices and payments; a second start on the same database changes nothing, and the in-memory
 * adapters get the very same shop.
 */
class DemoDataTest {

    @Test
    void theDemoShopHasEveryStatusAndASecondStartChangesNothing() {
        Map<String, Object> settings = settings();
        settings.put("datasources.default.url", TestPostgres.freshDatabase());
        settings.put("datasources.default.username", "");
        settings.put("datasources.default.password", "");

        List<String> first = shop(settings);
        List<String> second = shop(settings);
        assertEquals(first, second, "a second start with the demo switched on changes nothing");

        Map<String, Object> memory = settings();
        memory.put("conveyor.persistence", "memory");
        assertEquals(first, shop(memory), "the in-memory adapters get the same shop");
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("conveyor.demo.enabled", "true");
        // the orders placed "just now" stay PENDING while the test looks
        settings.put("conveyor.orders.cancellation-window", "10m");
        settings.put("micronaut.server.port", "-1");
        return settings;
    }

    /** Starts the application on these settings and describes its shop. */
    private static List<String> shop(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            return DemoShopView.describe(context);
        }
    }
}
