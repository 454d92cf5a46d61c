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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The back office's order search; every filter is optional and they all apply together.
 *
 * <p>{@code text} matches, in any case: a whole order number that order alone; else the orders whose number,
 * customer's email or a line's SKU <em>starts</em> with it, or whose customer's name has a word starting with
 * each of its words (words are separated by spaces, in any order: {@code "lov ada"} finds Ada Lovelace); and
 * only when no order at all starts so (whatever the other filters), the orders holding it <em>anywhere</em> in
 * one of those four. Starts are what an index finds in a few pages at millions of orders; "anywhere" reads
 * the posting lists of its common trigrams, so it is the fallback for a fragment, not the first answer.
 *
 * @param text                see above; a deleted account's email and name match nothing
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

    /** The words of {@link #text()}, lower-cased, each to start a word of the customer's name; empty without text. */
    public List<String> textWords() {
        return text == null ? List.of() : List.of(text.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** Every order, newest first. */
    public static AdminOrderSearch all() {
        return new AdminOrderSearch(null, null, null, null, null, null, null, null, null);
    }
}
