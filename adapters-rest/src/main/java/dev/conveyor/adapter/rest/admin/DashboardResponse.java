package dev.conveyor.adapter.rest.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery.AbandonedCart;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery.CartFigures;
import dev.conveyor.application.shared.port.out.DashboardStats;
import dev.conveyor.domain.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's dashboard. Amounts are lists with one entry per currency.
 *
 * @param orders  every order, cancelled ones included
 * @param revenue    the totals of the orders not cancelled, gross (with tax)
 * @param revenueNet the same totals without their tax
 * @param unpaid  what the orders not cancelled still owe
 * @param perHour the last 24 hours, oldest first, the current hour last
 * @param perDay  the last 30 days (UTC), oldest first, today last
 * @param carts   abandoned carts and conversion, read afresh on every request (the rest may be cached)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DashboardResponse(Instant computedAt, long orders, Map<String, Long> byStatus,
                         Map<String, Long> byPaymentStatus, Map<String, Long> byFulfillmentStatus,
                         List<MoneyResponse> revenue, List<MoneyResponse> revenueNet,
                         List<MoneyResponse> unpaid, List<BucketResponse> perHour,
                         List<BucketResponse> perDay, CartsResponse carts) {

    static DashboardResponse of(DashboardStats stats, CartFigures carts) {
        return new DashboardResponse(stats.computedAt(), stats.orders(), byName(stats.byStatus()),
                byName(stats.byPaymentStatus()), byName(stats.byFulfillmentStatus()), money(stats.revenue()),
                money(stats.revenueNet()), money(stats.unpaid()), buckets(stats.lastDay()), buckets(stats.lastMonth()),
                CartsResponse.of(carts));
    }

    /**
     * @param abandonedAfter  how long a cart with lines stays unchanged before it counts as abandoned: an ISO-8601
     *                        duration ({@code PT1H}), as text since serde would write a number of seconds
     * @param abandoned       carts abandoned now
     * @param abandonedCarts  the most recently changed of them, at most 50
     * @param since           the start of the conversion's period: the first of the dashboard's 30 days
     * @param started         carts started since then (a first product put into an empty cart)
     * @param checkedOut      how many of those became an order
     * @param conversion      checkedOut ÷ started, from 0 to 1; null when no cart was started
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CartsResponse(String abandonedAfter, long abandoned, List<AbandonedCartResponse> abandonedCarts,
                         Instant since, long started, long checkedOut, @Nullable Double conversion) {

        static CartsResponse of(CartFigures carts) {
            return new CartsResponse(carts.abandonedAfter().toString(), carts.abandoned(),
                    carts.abandonedCarts().stream().map(AbandonedCartResponse::of).toList(), carts.since(),
                    carts.started(), carts.checkedOut(), carts.conversion());
        }
    }

    /**
     * @param customer  who the cart is
     * @param lines     products in the cart
     * @param units     units of them
     * @param value     the lines still on sale at today's prices, one amount per currency (empty when none is)
     * @param idleSince the cart's last change
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AbandonedCartResponse(AdminOrderItem.Customer customer, int lines, int units, List<MoneyResponse> value,
                                 Instant idleSince) {

        static AbandonedCartResponse of(AbandonedCart cart) {
            return new AbandonedCartResponse(AdminOrderItem.Customer.of(cart.customer()), cart.lines(), cart.units(),
                    money(cart.value()), cart.idleSince());
        }
    }

    /** Orders placed from {@code start} on for an hour or a day, and the revenue of those not cancelled. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BucketResponse(Instant start, long orders, List<MoneyResponse> revenue) {
    }

    /** {@code day}: the UTC day the deliveries were created on. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeliveriesTodayResponse(LocalDate day, long count, List<MoneyResponse> value, long pending,
                                   long delivered) {
    }

    static List<MoneyResponse> money(List<Money> amounts) {
        return amounts.stream().map(m -> new MoneyResponse(m.amountMinor(), m.currency())).toList();
    }

    /** In the statuses' declared order, every status present. */
    private static <E extends Enum<E>> Map<String, Long> byName(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> named.put(entry.getKey().name(), entry.getValue()));
        return named;
    }

    private static List<BucketResponse> buckets(List<DashboardStats.Bucket> buckets) {
        return buckets.stream().map(b -> new BucketResponse(b.start(), b.orders(), money(b.revenue()))).toList();
    }
}
