package dev.conveyor.application.shared;

import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An order as one reader may see it. A seller's view holds only that seller's
 * lines and their total ({@code partial} is then true).
 *
 * @param allowedTransitions the statuses this reader may set by hand now
 */
public record OrderView(UUID id, String number, UUID customerId, OrderStatus status,
                        FulfillmentStatus fulfillmentStatus, PaymentStatus paymentStatus, int progress,
                        List<OrderLine> lines, Money total, boolean partial, Address shippingAddress, String notes,
                        Instant placedAt, Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt,
                        String cancellationReason, Instant updatedAt, long version,
                        Set<OrderStatus> allowedTransitions) {

    public static OrderView full(Order order, Set<OrderStatus> allowedTransitions) {
        return new OrderView(order.id().value(), order.number().value(), order.customerId().value(), order.status(),
                order.fulfillmentStatus(), order.paymentStatus(), order.progress(), order.lines(), order.total(),
                false, order.shippingAddress(), order.notes(), order.placedAt(), order.cancellableUntil(),
                order.confirmedAt(), order.cancelledAt(), order.cancellationReason(), order.updatedAt(),
                order.version(), allowedTransitions);
    }

    public static OrderView forSeller(Order order, UserId sellerId, Set<OrderStatus> allowedTransitions) {
        List<OrderLine> own = order.lines().stream().filter(l -> l.sellerId().equals(sellerId)).toList();
        Money total = own.stream().map(OrderLine::total).reduce(Money.zero(order.total().currency()), Money::plus);
        return new OrderView(order.id().value(), order.number().value(), order.customerId().value(), order.status(),
                order.fulfillmentStatus(), order.paymentStatus(), order.progress(), own, total, true,
                order.shippingAddress(), order.notes(), order.placedAt(), order.cancellableUntil(),
                order.confirmedAt(), order.cancelledAt(), order.cancellationReason(), order.updatedAt(),
                order.version(), allowedTransitions);
    }
}
