package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives from the ledger what the order and its invoices show: the order's
 * payment status (which may complete it) and what each invoice has been paid.
 * Runs in the transaction that changed the ledger, on an order the caller
 * locked; the caller writes the order.
 */
public final class PaymentSettlement {

    private final PaymentLedgerPort ledger;
    private final CreditNoteRepositoryPort creditNotes;
    private final InvoiceRepositoryPort invoices;

    public PaymentSettlement(PaymentLedgerPort ledger, CreditNoteRepositoryPort creditNotes,
                             InvoiceRepositoryPort invoices) {
        this.ledger = ledger;
        this.creditNotes = creditNotes;
        this.invoices = invoices;
    }

    /**
     * The order's entries against what it charges less its credit notes. Credit notes are read only when money
     * went back: a note is issued with the refunds that pay it, in the same transaction.
     */
    public PaymentLedger ledgerOf(Order order) {
        List<Payment> entries = ledger.findByOrder(order.id());
        boolean refunded = entries.stream().anyMatch(entry -> entry.kind() == PaymentKind.REFUND);
        return PaymentLedger.of(entries, order, refunded ? creditNotes.findByOrder(order.id()) : List.of());
    }

    /** @return the invoices' events; the order records its own */
    public List<DomainEvent> settle(Order order, Instant now) {
        PaymentLedger current = ledgerOf(order);
        order.updatePaymentStatus(current.status(), now);
        List<Invoice> ofOrder = invoices.findByOrder(order.id());
        Map<InvoiceId, Money> applied = current.appliedTo(ofOrder);
        List<DomainEvent> recorded = new ArrayList<>();
        for (Invoice invoice : ofOrder) {
            if (invoice.settle(applied.get(invoice.id()), now)) {
                invoices.update(invoice);
                recorded.addAll(invoice.pullEvents());
            }
        }
        return recorded;
    }
}
