package dev.conveyor.application.events.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface GetOrderTimelineQuery {

    /**
     * The order's events in position order with their authors, for whoever may see the order; a seller gets
     * only their lines in the payloads.
     */
    List<TimelineEntry> timeline(Actor actor, OrderId orderId);
}
