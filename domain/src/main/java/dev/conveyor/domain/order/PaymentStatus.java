package dev.conveyor.domain.order;

/** Derived from the payment ledger. */
public enum PaymentStatus {
    UNPAID,
    AUTHORIZED,
    PARTIALLY_PAID,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED
}
