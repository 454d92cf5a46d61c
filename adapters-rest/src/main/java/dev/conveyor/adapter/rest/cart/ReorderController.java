package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cart")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class ReorderController {

    private final ReorderUseCase reorder;
    private final CartMapper carts;

    ReorderController(ReorderUseCase reorder, CartMapper carts) {
        this.reorder = reorder;
        this.carts = carts;
    }

    @RateLimited(RequestKind.CART)
    @Post("/{id}/reorder")
    @Secured("CUSTOMER")
    @Operation(summary = "Copy one of the caller's orders into their cart, as far as today's stock allows",
            description = "Answers the cart and, per line of the old order, whether it was added in full "
                    + "(added) or not (notAdded, with the reason: PARTIALLY_AVAILABLE, OUT_OF_STOCK, "
                    + "UNAVAILABLE, CART_LIMIT).")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    ReorderResponse reorder(@CurrentActor Actor actor, UUID id) {
        return carts.toResponse(reorder.reorder(actor, new OrderId(id)));
    }
}
