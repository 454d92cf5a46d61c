package dev.conveyor.application.payments.port.in;

import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry: a payment (positive) or a refund (negative).
 *
 * @param refundable what a payment can still give back; zero for refunds
 */
public record PaymentView(UUID id, UUID orderId, UUID invoiceId, PaymentKind kind, PaymentMethod method,
                          String gateway, Money amount, String providerReference, UUID refundOf, String reference,
                          String note, UUID recordedBy, Instant recordedAt, Money refundable) {

    public static PaymentView of(Payment entry, Money refundable) {
        return new PaymentView(entry.id().value(), entry.orderId().value(),
                entry.invoiceId() == null ? null : entry.invoiceId().value(), entry.kind(), entry.method(),
                entry.gateway(), entry.amount(), entry.providerReference(),
                entry.refundOf() == null ? null : entry.refundOf().value(), entry.reference(), entry.note(),
                entry.recordedBy() == null ? null : entry.recordedBy().value(), entry.recordedAt(), refundable);
    }
}
