package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.order.OrderMapper;
import dev.conveyor.adapter.rest.order.OrderResponse;
import dev.conveyor.adapter.rest.order.PlacementLimit;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.ChangeCartLineUseCase;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.cart.port.in.ClearCartUseCase;
import dev.conveyor.application.cart.port.in.GetCartQuery;
import dev.conveyor.application.cart.port.in.RemoveFromCartUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

/** The caller's one cart; every answer shows it with today's prices and stock. */
@Controller("/api/cart")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cart")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class CartController {

    private final GetCartQuery get;
    private final AddToCartUseCase add;
    private final ChangeCartLineUseCase change;
    private final RemoveFromCartUseCase remove;
    private final ClearCartUseCase clear;
    private final CheckoutUseCase checkout;
    private final CartMapper carts;
    private final OrderMapper orders;
    private final PlacementLimit placementLimit;

    @SuppressWarnings("java:S107") // the cart's use cases, each once
    CartController(GetCartQuery get, AddToCartUseCase add, ChangeCartLineUseCase change, RemoveFromCartUseCase remove,
                   ClearCartUseCase clear, CheckoutUseCase checkout, CartMapper carts, OrderMapper orders,
                   PlacementLimit placementLimit) {
        this.get = get;
        this.add = add;
        this.change = change;
        this.remove = remove;
        this.clear = clear;
        this.checkout = checkout;
        this.carts = carts;
        this.orders = orders;
        this.placementLimit = placementLimit;
    }

    @Get
    @Secured("CUSTOMER")
    @Operation(summary = "The caller's cart with today's prices and availability",
            description = "With today's prices and stock; empty when the customer never filled one.")
    CartResponse cart(@CurrentActor Actor actor) {
        return carts.toResponse(get.get(actor));
    }

    @RateLimited(RequestKind.CART)
    @Post("/lines")
    @Secured("CUSTOMER")
    @Operation(summary = "Add units of a product (to its line, if the cart has one)",
            description = "Adds the product's units to its line (a new line if none); refused when the cart would "
                    + "then hold more than is available.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    CartResponse add(@CurrentActor Actor actor, @Body AddToCartRequest request) {
        return carts.toResponse(add.add(actor,
                new ProductId(Inputs.uuid("productId", request.productId())),
                Inputs.wholeInt("quantity", request.quantity())));
    }

    @RateLimited(RequestKind.CART)
    @Patch("/lines/{productId}")
    @Secured("CUSTOMER")
    @Operation(summary = "Set how many units of a product the cart holds",
            description = "Sets the line's quantity; refused when more than is available.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    CartResponse change(@CurrentActor Actor actor, UUID productId, @Body ChangeCartLineRequest request) {
        return carts.toResponse(change.changeQuantity(actor, new ProductId(productId),
                Inputs.wholeInt("quantity", request.quantity())));
    }

    @RateLimited(RequestKind.CART)
    @Delete("/lines/{productId}")
    @Secured("CUSTOMER")
    @Operation(summary = "Remove a product from the cart",
            description = "Removes the product's line.")
    @Answers.Invalid
    @Answers.NotFound
    CartResponse remove(@CurrentActor Actor actor, UUID productId) {
        return carts.toResponse(remove.remove(actor, new ProductId(productId)));
    }

    @RateLimited(RequestKind.CART)
    @Delete
    @Secured("CUSTOMER")
    @Operation(summary = "Empty the cart",
            description = "Removes every line.")
    CartResponse clear(@CurrentActor Actor actor) {
        return carts.toResponse(clear.clear(actor));
    }

    @RateLimited(RequestKind.ORDERS)
    @Post("/checkout")
    @Secured("CUSTOMER")
    @Operation(summary = "Order the cart's lines and empty it, all or nothing",
            description = "Places the order exactly as POST /api/orders does, with the cart's lines in order, and "
                    + "waits its turn among the instance's placements as they do (503 PLACEMENT_BUSY, having done "
                    + "nothing, when none came in time). With an Idempotency-Key header, repeating the request "
                    + "returns the order the first one created, with Idempotent-Replayed: true.")
    @Status(HttpStatus.CREATED)
    @Answers.Invalid
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    @Answers.UnavailableOrBusy
    HttpResponse<OrderResponse> checkout(@CurrentActor Actor actor,
                                         @Nullable @Header(IdempotencyHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                                         @Body CheckoutRequest request) {
        CheckoutCommand command = Check.notNull("body", request).toCommand();
        IdempotencyKey key = IdempotencyKey.ofNullable(idempotencyKey);
        // a checkout is a placement: it holds stock rows and a connection as long, so it takes the same turns
        PlacedOrder placed = placementLimit.place(() -> checkout.checkout(actor, command, key));
        MutableHttpResponse<OrderResponse> response = HttpResponse.created(orders.toResponse(placed.order()),
                URI.create("/api/orders/" + placed.order().id()));
        if (placed.replayed()) {
            response.header(IdempotencyHeaders.IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }
}
