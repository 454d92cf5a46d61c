package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.out.DeliveriesSummary;

public interface GetTodaysDeliveriesQuery {

    /** Staff and administrators: the deliveries created today (UTC). */
    DeliveriesSummary today(Actor actor);
}
