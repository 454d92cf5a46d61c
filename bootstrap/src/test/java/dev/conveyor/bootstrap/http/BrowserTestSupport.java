package dev.conveyor.bootstrap.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A running server for browser tests, an API client to prepare their data, and their browsers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    Api api;
    HttpShop shop;

    @BeforeAll
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    /** A new headless browser; close it (try-with-resources). */
    Browser browser() {
        return new Browser(server.getURL());
    }
}
