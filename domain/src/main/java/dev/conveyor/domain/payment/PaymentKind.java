package dev.conveyor.domain.payment;

/** A ledger entry either brings money in or gives it back. */
public enum PaymentKind {
    PAYMENT,
    REFUND
}
