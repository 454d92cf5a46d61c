package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;

/** Remaining units and progress, read from the order itself (the lines carry every quantity). */
final class OrderFulfilmentQueries implements GetOrderRemainingQuery, GetOrderProgressQuery {

    private final OrderAccess access;

    OrderFulfilmentQueries(OrderAccess access) {
        this.access = access;
    }

    @Override
    public RemainingView remaining(Actor actor, OrderId orderId) {
        Order order = access.load(actor, orderId);
        boolean seller = access.isSellerOnly(actor, order);
        return new RemainingView(order.id().value(), order.number().value(), order.lines().stream()
                .filter(line -> !seller || line.sellerId().equals(actor.userId()))
                .map(LineRemaining::of)
                .toList());
    }

    @Override
    public ProgressView progress(Actor actor, OrderId orderId) {
        Order order = access.load(actor, orderId);
        return new ProgressView(order.id().value(), order.number().value(), order.status(),
                order.fulfillmentStatus(), order.progress(), order.paymentStatus());
    }
}
