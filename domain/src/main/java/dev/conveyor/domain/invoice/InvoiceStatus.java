package dev.conveyor.domain.invoice;

/** ISSUED → PARTIALLY_PAID → PAID as payments are applied; VOID only while nothing is paid. */
public enum InvoiceStatus {
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    VOID
}
