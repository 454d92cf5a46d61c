package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.DashboardStats;

public interface GetDashboardStatsQuery {

    /** Staff and administrators: counts, amounts and the last day's and month's orders. */
    DashboardStats stats(Actor actor);
}
