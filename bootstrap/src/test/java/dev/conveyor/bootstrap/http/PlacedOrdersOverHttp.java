package dev.conveyor.bootstrap.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests changing placed orders over HTTP start with, on PostgreSQL: staff, a seller with a product
 * (10 in stock) and a customer; orders confirmed a second after placing.
 */
abstract class PlacedOrdersOverHttp implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    Api api;
    HttpShop shop;
    Session staff;
    Session seller;
    Session customer;
    UUID product;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms");
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        staff = shop.user("STAFF");
        seller = shop.user("SELLER");
        customer = shop.customer();
        product = shop.product(seller, 10);
    }
}
