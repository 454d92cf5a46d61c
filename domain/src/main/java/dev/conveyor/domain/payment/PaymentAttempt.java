package dev.conveyor.domain.payment;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An attempt to pay an order through a gateway: what the customer's browser
 * completes with the client secret. Money counts only once the gateway reports
 * it taken, as a {@link Payment} in the ledger.
 *
 * @param requestId the request that opened it; null when the gateway reported it before the request was recorded
 * @param reference the gateway's id (a PaymentIntent id), unique per gateway
 */
public record PaymentAttempt(UUID requestId, OrderId orderId, String gateway, String reference, Money amount,
                             PaymentAttemptStatus status, String failureMessage, Instant createdAt,
                             Instant updatedAt) {

    public PaymentAttempt {
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(gateway);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }
}
