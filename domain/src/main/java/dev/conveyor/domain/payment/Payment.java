package dev.conveyor.domain.payment;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's payment ledger, never changed once written. A
 * payment is positive; a refund is negative and names the payment it gives
 * money back from. {@code gateway} names the adapter that moved the money
 * ({@code manual}, {@code stripe}), {@code providerReference} its id for it
 * (a PaymentIntent or Refund id), unique per gateway.
 */
public record Payment(PaymentId id, OrderId orderId, UserId customerId, InvoiceId invoiceId, PaymentKind kind,
                      PaymentMethod method, String gateway, Money amount, String providerReference,
                      PaymentId refundOf, String reference, String note, UserId recordedBy, Instant recordedAt) {

    public static final int MAX_REFERENCE = 200;
    public static final int MAX_NOTE = 500;

    public Payment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(customerId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(method);
        Objects.requireNonNull(gateway);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(recordedAt);
        if (kind == PaymentKind.PAYMENT && (amount.amountMinor() <= 0 || refundOf != null)) {
            throw new IllegalArgumentException("a payment is positive and refunds nothing: " + amount);
        }
        if (kind == PaymentKind.REFUND && (amount.amountMinor() >= 0 || refundOf == null)) {
            throw new IllegalArgumentException("a refund is negative and names its payment: " + amount);
        }
    }

    /**
     * Money received for an order, on one of its invoices or (without one) as
     * an advance.
     */
    @SuppressWarnings("java:S107")
    public static Payment received(PaymentId id, OrderId orderId, UserId customerId, InvoiceId invoiceId,
                                   PaymentMethod method, String gateway, Money amount, String providerReference,
                                   String reference, String note, UserId recordedBy, Instant now) {
        if (amount.amountMinor() <= 0) {
            throw new InvalidInputException("amount.amountMinor", "a payment must be positive");
        }
        return new Payment(id, orderId, customerId, invoiceId, PaymentKind.PAYMENT, method, gateway, amount,
                providerReference, null, Check.optionalText("reference", reference, MAX_REFERENCE),
                Check.optionalText("note", note, MAX_NOTE), recordedBy, now);
    }

    /** Money given back from this payment, through the gateway that took it. */
    public Payment refund(PaymentId refundId, Money refunded, String refundReference, String reason,
                          UserId recordedBy, Instant now) {
        if (kind != PaymentKind.PAYMENT) {
            throw new IllegalStateException("only payments are refunded");
        }
        if (refunded.amountMinor() <= 0) {
            throw new InvalidInputException("amount.amountMinor", "a refund must be positive");
        }
        return new Payment(refundId, orderId, customerId, invoiceId, PaymentKind.REFUND, method, gateway,
                Money.zero(amount.currency()).minus(refunded), refundReference, id, null,
                Check.optionalText("reason", reason, MAX_NOTE), recordedBy, now);
    }

    /** The event of writing this entry; sellers are not told about an order's payments. */
    public DomainEvent recordedEvent() {
        return kind == PaymentKind.PAYMENT ? new PaymentEvents.PaymentRecorded(this)
                : new PaymentEvents.PaymentRefunded(this);
    }
}
