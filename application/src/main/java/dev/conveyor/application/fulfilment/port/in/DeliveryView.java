package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A delivery as one reader may see it: a seller sees only their lines
 * ({@code partial} is then true).
 *
 * @param allowedTransitions the statuses this reader may move it to now
 */
public record DeliveryView(UUID id, String number, UUID orderId, String orderNumber, DeliveryStatus status,
                           List<DeliveryLine> lines, Money total, boolean partial, String carrier,
                           String trackingNumber, String statusReason, Instant createdAt, Instant shippedAt,
                           Instant deliveredAt, Instant failedAt, Instant cancelledAt, Instant updatedAt,
                           long version, Set<DeliveryStatus> allowedTransitions) {

    public static DeliveryView full(Delivery delivery, Set<DeliveryStatus> allowedTransitions) {
        return of(delivery, delivery.lines(), false, allowedTransitions);
    }

    public static DeliveryView forSeller(Delivery delivery, UserId sellerId, Set<DeliveryStatus> allowed) {
        List<DeliveryLine> own = delivery.lines().stream().filter(l -> l.sellerId().equals(sellerId)).toList();
        return of(delivery, own, own.size() != delivery.lines().size(), allowed);
    }

    private static DeliveryView of(Delivery d, List<DeliveryLine> lines, boolean partial,
                                   Set<DeliveryStatus> allowed) {
        Money total = lines.stream().map(DeliveryLine::total)
                .reduce(Money.zero(d.lines().get(0).unitPrice().currency()), Money::plus);
        return new DeliveryView(d.id().value(), d.number().value(), d.orderId().value(), d.orderNumber(),
                d.status(), lines, total, partial, d.carrier(), d.trackingNumber(), d.statusReason(), d.createdAt(),
                d.shippedAt(), d.deliveredAt(), d.failedAt(), d.cancelledAt(), d.updatedAt(), d.version(), allowed);
    }
}
