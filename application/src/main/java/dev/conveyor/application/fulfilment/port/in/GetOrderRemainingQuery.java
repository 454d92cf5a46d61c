package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import java.util.List;
import java.util.UUID;

public interface GetOrderRemainingQuery {

    /** Per line (a seller's: per own line): ordered, cancelled, in pending deliveries, shipped, delivered, remaining. */
    RemainingView remaining(Actor actor, OrderId orderId);

    record RemainingView(UUID orderId, String orderNumber, List<LineRemaining> lines) {
    }

    /**
     * @param total     units ordered
     * @param allocated units in deliveries not shipped yet
     * @param remaining units no delivery holds yet
     */
    record LineRemaining(int lineNo, UUID productId, String sku, String name, int total, int cancelled,
                         int allocated, int shipped, int delivered, int remaining) {

        public static LineRemaining of(OrderLine line) {
            return new LineRemaining(line.lineNo(), line.productId().value(), line.sku().value(), line.name(),
                    line.quantity(), line.cancelled(), line.allocated(), line.shipped(), line.delivered(),
                    line.remaining());
        }
    }
}
