package dev.conveyor.domain.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a gateway payment (a Stripe PaymentIntent) stands. Gateways report in
 * any order and more than once, so a status only ever replaces a weaker one:
 * a success is final, a failure replaces only an open attempt (the customer
 * may still succeed on the same attempt afterwards).
 */
public enum PaymentAttemptStatus {
    OPEN,
    FAILED,
    SUCCEEDED;

    /** The statuses this one replaces when reported. */
    public Set<PaymentAttemptStatus> replaces() {
        return switch (this) {
            case OPEN -> EnumSet.noneOf(PaymentAttemptStatus.class);
            case FAILED -> EnumSet.of(OPEN);
            case SUCCEEDED -> EnumSet.of(OPEN, FAILED);
        };
    }
}
