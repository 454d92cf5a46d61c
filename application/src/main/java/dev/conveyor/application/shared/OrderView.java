package dev.conveyor.application.shared;

import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An order as one reader may see it. A seller's view holds only that seller's
 * lines, their price and total, without shipping ({@code partial} is then true).
 *
 * @param allowedTransitions the statuses this reader may set by hand now
 * @param balanceDue         what the customer still owes (zero once paid); null in a seller's view and in lists
 * @param refundable         what was paid beyond what is now due (an edit or a cancellation lowered it), offered
 *                           as a refund and never made silently; null in a seller's view and in lists
 */
public record OrderView(UUID id, String number, UUID customerId, OrderStatus status,
                        FulfillmentStatus fulfillmentStatus, PaymentStatus paymentStatus, int progress,
                        List<OrderLine> lines, Money total, PriceBreakdown price, boolean partial, Address shippingAddress, String notes,
                        Instant placedAt, Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt,
                        String cancellationReason, Instant updatedAt, long version,
                        Set<OrderStatus> allowedTransitions, Money balanceDue, Money refundable) {

    /**
     * @param balance what is owed, negative when more was paid than is due (the ledger's balance); null leaves
     *                the balance out
     */
    public static OrderView full(Order order, Set<OrderStatus> allowedTransitions, Money balance) {
        Money zero = Money.zero(order.total().currency());
        return new OrderView(order.id().value(), order.number().value(), order.customerId().value(), order.status(),
                order.fulfillmentStatus(), order.paymentStatus(), order.progress(), order.lines(), order.total(),
                order.price(), false, order.shippingAddress(), order.notes(), order.placedAt(), order.cancellableUntil(),
                order.confirmedAt(), order.cancelledAt(), order.cancellationReason(), order.updatedAt(),
                order.version(), allowedTransitions, balance == null ? null : balance.isNegative() ? zero : balance,
                balance == null ? null : balance.isNegative() ? zero.minus(balance) : zero);
    }

    public static OrderView forSeller(Order order, UserId sellerId, Set<OrderStatus> allowedTransitions) {
        List<Integer> indexes = IntStream.range(0, order.lines().size())
                .filter(i -> order.lines().get(i).sellerId().equals(sellerId)).boxed().toList();
        List<OrderLine> own = indexes.stream().map(order.lines()::get).toList();
        PriceBreakdown price = order.price().ofLines(indexes);
        return new OrderView(order.id().value(), order.number().value(), order.customerId().value(), order.status(),
                order.fulfillmentStatus(), order.paymentStatus(), order.progress(), own,
                Money.of(price.totals().gross(), price.currency()), price, true,
                order.shippingAddress(), order.notes(), order.placedAt(), order.cancellableUntil(),
                order.confirmedAt(), order.cancelledAt(), order.cancellationReason(), order.updatedAt(),
                order.version(), allowedTransitions, null, null);
    }
}
