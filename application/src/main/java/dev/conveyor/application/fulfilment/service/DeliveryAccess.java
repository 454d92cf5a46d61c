package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees a delivery and who moves it: whoever sees its order sees it, a
 * seller only when it holds their lines; staff move any, a seller those that
 * hold only their lines.
 */
final class DeliveryAccess {

    private final DeliveryRepositoryPort deliveries;
    private final OrderAccess orders;

    DeliveryAccess(DeliveryRepositoryPort deliveries, OrderAccess orders) {
        this.deliveries = deliveries;
        this.orders = orders;
    }

    Delivery load(Actor actor, DeliveryId id) {
        Delivery delivery = deliveries.findById(id).orElseThrow(() -> notFound(id));
        Order order;
        try {
            order = orders.load(actor, delivery.orderId());
        } catch (NotFoundException hidden) {
            throw notFound(id);
        }
        if (!maySee(actor, order, delivery)) {
            throw notFound(id);
        }
        return delivery;
    }

    boolean maySee(Actor actor, Order order, Delivery delivery) {
        return !orders.isSellerOnly(actor, order) || delivery.hasLinesOf(actor.userId());
    }

    boolean mayChange(Actor actor, Order order, Delivery delivery) {
        return actor.isBackOffice() || orders.isSellerOnly(actor, order) && delivery.hasOnlyLinesOf(actor.userId());
    }

    DeliveryView view(Actor actor, Order order, Delivery delivery) {
        Set<DeliveryStatus> allowed = mayChange(actor, order, delivery) ? delivery.status().successors()
                : EnumSet.noneOf(DeliveryStatus.class);
        if (orders.isSellerOnly(actor, order)) {
            return DeliveryView.forSeller(delivery, actor.userId(), allowed);
        }
        return DeliveryView.full(delivery, allowed);
    }

    static NotFoundException notFound(DeliveryId id) {
        return new NotFoundException("DELIVERY_NOT_FOUND", "delivery " + id + " does not exist");
    }
}
