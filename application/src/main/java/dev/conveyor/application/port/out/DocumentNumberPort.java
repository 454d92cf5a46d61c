package dev.conveyor.application.port.out;

/** Sequence numbers of deliveries and invoices: unique, increasing, never reused (gaps are allowed). */
public interface DocumentNumberPort {

    long nextDeliverySequence();

    long nextInvoiceSequence();
}
