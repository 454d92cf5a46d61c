package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The back office's dashboard, as cached. Amounts are per currency (sorted by code), since orders may be in
 * several. Every status of every axis is present in the counts.
 *
 * @param computedAt  when the figures were read
 * @param orders      every order, cancelled ones included
 * @param revenue     totals of the orders not cancelled (gross: with tax)
 * @param revenueNet  the same totals without their tax
 * @param unpaid      what the orders not cancelled still owe
 * @param lastDay     24 buckets of an hour, oldest first; the last one is the current hour
 * @param lastMonth   30 buckets of a day (UTC), oldest first; the last one is today
 */
public record DashboardStats(Instant computedAt, long orders, Map<OrderStatus, Long> byStatus,
                             Map<PaymentStatus, Long> byPaymentStatus,
                             Map<FulfillmentStatus, Long> byFulfillmentStatus, List<Money> revenue,
                             List<Money> revenueNet, List<Money> unpaid, List<Bucket> lastDay, List<Bucket> lastMonth) {

    public DashboardStats {
        byStatus = Map.copyOf(byStatus);
        byPaymentStatus = Map.copyOf(byPaymentStatus);
        byFulfillmentStatus = Map.copyOf(byFulfillmentStatus);
        revenue = List.copyOf(revenue);
        revenueNet = List.copyOf(revenueNet);
        unpaid = List.copyOf(unpaid);
        lastDay = List.copyOf(lastDay);
        lastMonth = List.copyOf(lastMonth);
    }

    /** Orders placed from {@code start} to the next bucket's start, and the revenue of those not cancelled. */
    public record Bucket(Instant start, long orders, List<Money> revenue) {
        public Bucket {
            revenue = List.copyOf(revenue);
        }
    }
}
