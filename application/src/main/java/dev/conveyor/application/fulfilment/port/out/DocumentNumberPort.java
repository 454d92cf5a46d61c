package dev.conveyor.application.fulfilment.port.out;

/** Sequence numbers of deliveries and invoices: unique, increasing, never reused (gaps are allowed). */
public interface DocumentNumberPort {

    long nextDeliverySequence();

    long nextInvoiceSequence();
}
