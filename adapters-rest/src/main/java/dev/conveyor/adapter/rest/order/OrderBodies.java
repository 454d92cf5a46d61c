package dev.conveyor.adapter.rest.order;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.conveyor.application.shared.OrderView;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The JSON body of {@code GET /api/orders/{id}}, encoded once per distinct view: encoding was a fifth of a cached
 * read's CPU (docs/performance.md). The key is the whole {@link OrderView}, a record of records compared by value,
 * because the body is a function of it and of nothing else: a new version, another audience (a seller's lines
 * only), another balance or a customer's cancellation window that closed (the allowed transitions) each make
 * another view, so a body is never served for a view it was not encoded from, and nothing has to be invalidated.
 * A key of the fields known to vary would hash faster but would trust every change to move the version on.
 * Encoded by the server's own mapper, so the bytes are those it would have written.
 */
@Singleton
final class OrderBodies {

    private static final Argument<OrderResponse> TYPE = Argument.of(OrderResponse.class);

    private final OrderMapper orders;
    private final JsonMapper json;
    private final Cache<OrderView, byte[]> bodies;

    OrderBodies(OrderMapper orders, JsonMapper json,
                @Value("${conveyor.orders.encoded-cache.max-entries:10000}") long maxEntries,
                // a body read from a cached order lives no longer than that order may
                @Value("${conveyor.read-cache.ttl.orders:10m}") Duration ttl) {
        this.orders = orders;
        this.json = json;
        this.bodies = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).build();
    }

    byte[] of(OrderView view) {
        return bodies.get(view, this::encode);
    }

    private byte[] encode(OrderView view) {
        try {
            return json.writeValueAsBytes(TYPE, orders.toResponse(view));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
