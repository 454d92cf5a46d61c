package dev.conveyor.application.payments.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentAttempt;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Gateway payment attempts, as the gateway reported them in whatever order. */
public interface PaymentAttemptPort {

    /**
     * Stores the attempt; if one with its gateway and reference exists, takes over its status (and failure
     * message) only where {@link dev.conveyor.domain.payment.PaymentAttemptStatus#replaces()} allows, and
     * its request id only where none is stored.
     */
    void record(PaymentAttempt attempt);

    Optional<PaymentAttempt> findByReference(String gateway, String reference);

    Optional<PaymentAttempt> findByRequest(UUID requestId);

    /** The order's attempts, oldest first. */
    List<PaymentAttempt> findByOrder(OrderId orderId);
}
