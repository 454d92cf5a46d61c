package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.out.DashboardStats;

public interface GetDashboardStatsQuery {

    /** Staff and administrators: counts, amounts and the last day's and month's orders. */
    DashboardStats stats(Actor actor);
}
