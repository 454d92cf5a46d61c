package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import java.util.UUID;

public interface GetOrderProgressQuery {

    ProgressView progress(Actor actor, OrderId orderId);

    /** @param progress delivered units as a whole percentage of the units still expected */
    record ProgressView(UUID orderId, String orderNumber, OrderStatus status, FulfillmentStatus fulfillmentStatus,
                        int progress, PaymentStatus paymentStatus) {
    }
}
