package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort.OrderFigures;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort.PlacedBucket;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.DashboardStats.Bucket;
import dev.conveyor.application.shared.port.out.DashboardStats;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard is cached per hour: within one hour its buckets stay where they are, so only a change of
 * an order or a payment makes it stale, and that change drops it.
 */
final class GetDashboardStatsService implements GetDashboardStatsQuery {

    private static final int HOURS = 24;
    private static final int DAYS = 30;

    private final BackOfficeFiguresPort figures;
    private final CachedReads reads;
    private final Clock clock;

    GetDashboardStatsService(BackOfficeFiguresPort figures, CachedReads reads, Clock clock) {
        this.figures = figures;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public DashboardStats stats(Actor actor) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Instant now = clock.instant();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        return reads.value(CacheSpace.DASHBOARD, hour.toString(), () -> compute(now, hour));
    }

    private DashboardStats compute(Instant now, Instant hour) {
        OrderFigures counted = figures.orderFigures();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new DashboardStats(now, counted.byStatus().values().stream().mapToLong(Long::longValue).sum(),
                complete(counted.byStatus(), OrderStatus.class),
                complete(counted.byPaymentStatus(), PaymentStatus.class),
                complete(counted.byFulfillmentStatus(), FulfillmentStatus.class),
                Amounts.of(counted.revenueMinor()), Amounts.of(counted.revenueNetMinor()),
                Amounts.of(counted.unpaidMinor()),
                buckets(hour.minus(Duration.ofHours(HOURS - 1)), Duration.ofHours(1), HOURS),
                buckets(today.minus(Duration.ofDays(DAYS - 1)), Duration.ofDays(1), DAYS));
    }

    private List<Bucket> buckets(Instant from, Duration width, int count) {
        List<Map<String, Long>> revenue = new ArrayList<>();
        long[] orders = new long[count];
        for (int i = 0; i < count; i++) {
            revenue.add(new TreeMap<>());
        }
        for (PlacedBucket placed : figures.placedPerBucket(from, from.plus(width.multipliedBy(count)), width)) {
            orders[placed.index()] += placed.orders();
            revenue.get(placed.index()).merge(placed.currency(), placed.revenueMinor(), Long::sum);
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buckets.add(new Bucket(from.plus(width.multipliedBy(i)), orders[i], Amounts.of(revenue.get(i))));
        }
        return buckets;
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value, 0L));
        }
        return all;
    }
}
