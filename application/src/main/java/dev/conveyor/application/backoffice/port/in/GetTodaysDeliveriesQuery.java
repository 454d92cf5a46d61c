package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;

public interface GetTodaysDeliveriesQuery {

    /** Staff and administrators: the deliveries created today (UTC). */
    DeliveriesSummary today(Actor actor);
}
