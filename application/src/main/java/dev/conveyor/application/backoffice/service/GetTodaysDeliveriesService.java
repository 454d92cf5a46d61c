package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort.DeliveryFigures;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Cached per day, so a new day starts with a summary of its own. */
final class GetTodaysDeliveriesService implements GetTodaysDeliveriesQuery {

    private final BackOfficeFiguresPort figures;
    private final CachedReads reads;
    private final Clock clock;

    GetTodaysDeliveriesService(BackOfficeFiguresPort figures, CachedReads reads, Clock clock) {
        this.figures = figures;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public DeliveriesSummary today(Actor actor) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return reads.value(CacheSpace.DELIVERIES_TODAY, day.toString(), () -> {
            Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            DeliveryFigures counted = figures.deliveriesCreated(start, start.plus(Duration.ofDays(1)));
            return new DeliveriesSummary(day, counted.count(), Amounts.of(counted.valueMinor()), counted.pending(),
                    counted.delivered());
        });
    }
}
