package dev.conveyor.domain.payment;

import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteLine;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order's payment entries against what the order is due. Everything the
 * order shows about payments is derived from here: the payment status, the
 * balance, what each payment can still give back and what each invoice has
 * been paid.
 *
 * @param due      what the customer pays for in the end: the order's worth now (its units still expected, at the
 *                 copied prices) less what its credit notes gave back, never below zero
 * @param credited what the order's credit notes gave back
 */
public record PaymentLedger(List<Payment> entries, Money due, Money credited) {

    public PaymentLedger {
        entries = List.copyOf(entries);
        Objects.requireNonNull(due);
        Objects.requireNonNull(credited);
    }

    /** A ledger of an order without credit notes. */
    public PaymentLedger(List<Payment> entries, Money due) {
        this(entries, due, Money.zero(due.currency()));
    }

    /** The order's ledger: its entries against what it charges less what its credit notes gave back. */
    public static PaymentLedger of(List<Payment> entries, Order order, List<CreditNote> creditNotes) {
        if (creditNotes.isEmpty()) {
            return new PaymentLedger(entries, order.amountDue());
        }
        Map<Integer, Integer> units = new HashMap<>();
        boolean shipping = false;
        long credited = 0;
        for (CreditNote note : creditNotes) {
            for (CreditNoteLine line : note.lines()) {
                if (line.kind() == CreditNoteLine.Kind.LINE) {
                    units.merge(line.lineNo(), line.quantity(), Integer::sum);
                }
                shipping |= line.kind() == CreditNoteLine.Kind.SHIPPING;
            }
            credited = Math.addExact(credited, note.total().amountMinor());
        }
        Money charged = order.amountDueWithCredited(units, shipping);
        Money due = Money.of(Math.max(0, charged.amountMinor() - credited), charged.currency());
        return new PaymentLedger(entries, due, Money.of(credited, charged.currency()));
    }

    /** Everything received. */
    public Money paid() {
        return sum(PaymentKind.PAYMENT);
    }

    /** Everything given back, as a positive amount. */
    public Money refunded() {
        return Money.zero(due.currency()).minus(sum(PaymentKind.REFUND));
    }

    /** The sum of all entries: paid minus refunded. */
    public Money net() {
        return entries.stream().map(Payment::amount).reduce(Money.zero(due.currency()), Money::plus);
    }

    /** What is still owed; negative when the customer has credit. */
    public Money balance() {
        return due.minus(net());
    }

    /**
     * UNPAID before any money came; PAID once what came (less refunds) covers
     * what is due, PARTIALLY_REFUNDED when it does after a credit note gave
     * part of the order back. Short of what is due: REFUNDED once everything
     * went back; PARTIALLY_REFUNDED when money went back without a credit note
     * (a refund made at the gateway), PARTIALLY_PAID otherwise — with credit
     * notes what is due is already net of them, so a shortfall is owed.
     * AUTHORIZED is never derived: cards are captured when the customer pays.
     */
    public PaymentStatus status() {
        long paid = paid().amountMinor();
        long net = net().amountMinor();
        if (paid == 0) {
            return PaymentStatus.UNPAID;
        }
        if (net > 0 && net >= due.amountMinor()) {
            return credited.amountMinor() > 0 ? PaymentStatus.PARTIALLY_REFUNDED : PaymentStatus.PAID;
        }
        if (refunded().amountMinor() > 0 && (net <= 0 || credited.amountMinor() == 0)) {
            return net <= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        }
        return net > 0 ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.UNPAID;
    }

    /** What the payment can still give back: its amount less the refunds taken from it. */
    public Money refundable(PaymentId paymentId) {
        Payment payment = entries.stream().filter(e -> e.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payment " + paymentId + " in this ledger"));
        Money refundedFromIt = entries.stream()
                .filter(e -> paymentId.equals(e.refundOf()))
                .map(Payment::amount)
                .reduce(Money.zero(due.currency()), Money::plus);
        return payment.amount().plus(refundedFromIt);
    }

    /** Payments that can still give money back, oldest first. */
    public List<Payment> refundablePayments() {
        return entries.stream()
                .filter(e -> e.kind() == PaymentKind.PAYMENT && refundable(e.id()).amountMinor() > 0)
                .sorted(Comparator.comparing(Payment::recordedAt))
                .toList();
    }

    /**
     * How much of the ledger each invoice has been paid: first what was paid on
     * it (up to its total), then advances and overpayments, to the oldest
     * invoices first. Void invoices get nothing.
     */
    public Map<InvoiceId, Money> appliedTo(List<Invoice> invoices) {
        Map<InvoiceId, Long> direct = new HashMap<>();
        for (Payment entry : entries) {
            if (entry.invoiceId() != null) {
                direct.merge(entry.invoiceId(), entry.amount().amountMinor(), Long::sum);
            }
        }
        List<Invoice> open = invoices.stream().filter(i -> !i.isVoid())
                .sorted(Comparator.comparing(Invoice::issuedAt).thenComparing(i -> i.number().value()))
                .toList();
        Map<InvoiceId, Long> applied = new LinkedHashMap<>();
        long pool = net().amountMinor();
        for (Invoice invoice : open) {
            long own = Math.max(0, Math.min(direct.getOrDefault(invoice.id(), 0L), invoice.total().amountMinor()));
            applied.put(invoice.id(), own);
            pool -= own;
        }
        for (Invoice invoice : open) {
            long add = Math.max(0, Math.min(pool, invoice.total().amountMinor() - applied.get(invoice.id())));
            applied.merge(invoice.id(), add, Long::sum);
            pool -= add;
        }
        Map<InvoiceId, Money> result = new LinkedHashMap<>();
        applied.forEach((id, amount) -> result.put(id, Money.of(amount, due.currency())));
        invoices.stream().filter(Invoice::isVoid).forEach(i -> result.put(i.id(), Money.zero(due.currency())));
        return result;
    }

    private Money sum(PaymentKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(Payment::amount)
                .reduce(Money.zero(due.currency()), Money::plus);
    }
}
