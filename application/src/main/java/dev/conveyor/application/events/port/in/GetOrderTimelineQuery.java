package dev.conveyor.application.events.port.in;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface GetOrderTimelineQuery {

    /**
     * The order's events in position order, for whoever may see the order; a seller gets only their lines
     * in the payloads.
     */
    List<LoggedEvent> timeline(Actor actor, OrderId orderId);
}
