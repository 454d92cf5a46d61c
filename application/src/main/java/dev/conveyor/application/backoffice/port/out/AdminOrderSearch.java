package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * The back office's order search; every filter is optional and they all apply together.
 *
 * @param text                matched case-insensitively anywhere in the order number, the customer's email or
 *                            name, or the SKU of a line
 * @param statuses            empty for all; likewise the other two status axes
 * @param from                orders placed at or after this instant
 * @param to                  orders placed before this instant
 * @param sellerId            orders holding a line of this seller
 * @param orderIds            empty for all; else only these orders (a selection in the back office's list)
 */
public record AdminOrderSearch(String text, Set<OrderStatus> statuses, Set<PaymentStatus> paymentStatuses,
                               Set<FulfillmentStatus> fulfillmentStatuses, Instant from, Instant to,
                               UserId sellerId, Sort sort, SortDirection direction, Set<OrderId> orderIds) {

    /** A selection holds at most a page of the list. */
    public static final int MAX_SELECTED = 100;

    /** Ties are broken by the order id, in the same direction, so pages never overlap. */
    public enum Sort { CREATED_AT, NUMBER, TOTAL, STATUS, CUSTOMER_EMAIL }

    public AdminOrderSearch {
        text = Check.optionalText("q", text, 100);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        paymentStatuses = paymentStatuses == null ? Set.of() : Set.copyOf(paymentStatuses);
        fulfillmentStatuses = fulfillmentStatuses == null ? Set.of() : Set.copyOf(fulfillmentStatuses);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "to must be after from");
        }
        sort = sort == null ? Sort.CREATED_AT : sort;
        direction = direction == null ? SortDirection.DESC : direction;
        orderIds = orderIds == null ? Set.of() : Set.copyOf(orderIds);
        if (orderIds.size() > MAX_SELECTED) {
            throw new InvalidInputException("orderIds", "at most " + MAX_SELECTED + " orders at once");
        }
    }

    /** Every order the filters find. */
    public AdminOrderSearch(String text, Set<OrderStatus> statuses, Set<PaymentStatus> paymentStatuses,
                            Set<FulfillmentStatus> fulfillmentStatuses, Instant from, Instant to, UserId sellerId,
                            Sort sort, SortDirection direction) {
        this(text, statuses, paymentStatuses, fulfillmentStatuses, from, to, sellerId, sort, direction, null);
    }

    /** Every order, newest first. */
    public static AdminOrderSearch all() {
        return new AdminOrderSearch(null, null, null, null, null, null, null, null, null);
    }
}
