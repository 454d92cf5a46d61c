package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@code GET /api/orders/{id}}, the most frequent request, on the event loop: an order the cache holds is
 * answered there (at once from the in-process cache; from Redis once its reply, which no thread waits for, is
 * back on the request's event loop), and only a read that blocks (a miss, a paid order's ledger, Redis down) is
 * handed to {@link OrderReadThreads}, a few threads for these reads alone. The hand-off there and back cost a
 * cached read two thread switches and about a sixth of its CPU (docs/performance.md).
 */
@Controller("/api/orders")
@Tag(name = "Orders")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class OrderReadController {

    private final GetCachedOrderQuery cached;
    private final GetOrderQuery get;
    private final OrderBodies bodies;
    private final OrderReadThreads reads;

    OrderReadController(GetCachedOrderQuery cached, GetOrderQuery get, OrderBodies bodies, OrderReadThreads reads) {
        this.cached = cached;
        this.get = get;
        this.bodies = bodies;
        this.reads = reads;
    }

    // runs on the event loop by design: it blocks only inside the task it hands to OrderReadThreads
    @NonBlocking
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One order, as far as the caller may see it",
            description = "The customer and the back office see all of it, a seller only their lines; for anyone "
                    + "else the order does not exist (404).")
    @Answers.Invalid
    @Answers.NotFound
    // the generator unwraps the future but not the HttpResponse in it, and the body is an OrderResponse encoded
    // ahead (OrderBodies): this is what it wrote for the plain one
    @ApiResponse(responseCode = "200", description = "order 200 response",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderResponse.class)))
    CompletableFuture<HttpResponse<byte[]>> order(HttpRequest<?> request, @CurrentActor Actor actor, UUID id) {
        OrderId orderId = new OrderId(id);
        // the request's context (correlation id in the MDC, tracing) goes along, as @ExecuteOn takes it along
        PropagatedContext context = PropagatedContext.getOrEmpty();
        Supplier<HttpResponse<byte[]>> unwrapped = () -> response(get.get(actor, orderId));
        Supplier<HttpResponse<byte[]>> read = context.wrap(unwrapped);
        Executor eventLoop = eventLoopOf(request);
        Executor here = task -> eventLoop.execute(context.wrap(task));
        return cached.getWithoutBlocking(actor, orderId, here).toCompletableFuture()
                .thenCompose(held -> held.map(view -> CompletableFuture.completedFuture(response(view)))
                        .orElseGet(() -> reads.supply(read)));
    }

    /** Where a cache server's reply is decoded and answered: the request's own event loop, not the client's. */
    private static Executor eventLoopOf(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            return netty.getChannelHandlerContext().executor();
        }
        throw new IllegalStateException("not a request of the Netty server: " + request.getClass());
    }

    // the body as encoded bytes (OrderBodies): the server writes them as they are
    private HttpResponse<byte[]> response(OrderView view) {
        return HttpResponse.ok(bodies.of(view)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, OrderVersions.etag(view.version()));
    }
}
