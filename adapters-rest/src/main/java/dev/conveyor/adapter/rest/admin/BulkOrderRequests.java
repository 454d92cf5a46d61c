package dev.conveyor.adapter.rest.admin;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.Action;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.BulkOrderCommand;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.BulkOutcome;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.OrderOutcome;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The bodies of the order list's actions on a selection of orders. */
final class BulkOrderRequests {

    private BulkOrderRequests() {
    }

    /** @param action PROCESS or SHIP */
    @Serdeable
    record BulkOrderRequest(@Nullable @Schema(implementation = Action.class) String action,
                            @Nullable @ArraySchema(schema = @Schema(format = "uuid"), maxItems = 100)
                            List<String> orderIds) implements JsonRequest {

        BulkOrderCommand toCommand() {
            return new BulkOrderCommand(Inputs.enumValue("action", action, Action.class), ids(orderIds));
        }
    }

    @Serdeable
    record OrderSelection(@Nullable @ArraySchema(schema = @Schema(format = "uuid"), maxItems = 100)
                          List<String> orderIds) implements JsonRequest {

        /** Never empty: an empty selection would stand for every order. */
        List<OrderId> ids() {
            List<OrderId> ids = BulkOrderRequests.ids(orderIds);
            if (ids.isEmpty()) {
                throw new InvalidInputException("orderIds", "select at least one order");
            }
            return ids;
        }
    }

    /**
     * @param succeeded how many orders the action was applied to
     * @param failed    how many were refused, each with its code and message
     */
    @Serdeable
    record BulkOrderResponse(List<OrderOutcomeResponse> orders, int succeeded, int failed) {

        static BulkOrderResponse of(BulkOutcome outcome) {
            List<OrderOutcomeResponse> orders = outcome.orders().stream().map(OrderOutcomeResponse::of).toList();
            int succeeded = (int) orders.stream().filter(OrderOutcomeResponse::succeeded).count();
            return new BulkOrderResponse(orders, succeeded, orders.size() - succeeded);
        }
    }

    /**
     * @param code    null when it succeeded; else the code the same request on this order alone answers
     * @param message null when it succeeded; else why, in words
     */
    @Serdeable
    record OrderOutcomeResponse(UUID orderId, boolean succeeded, @Nullable String code, @Nullable String message) {

        static OrderOutcomeResponse of(OrderOutcome outcome) {
            return new OrderOutcomeResponse(outcome.orderId().value(), outcome.succeeded(), outcome.code(),
                    outcome.message());
        }
    }

    private static List<OrderId> ids(List<String> values) {
        List<String> given = Check.notNull("orderIds", values);
        List<OrderId> ids = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            ids.add(new OrderId(Inputs.uuid("orderIds[" + i + "]", given.get(i))));
        }
        return ids;
    }
}
