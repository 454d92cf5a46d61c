package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;

public interface RefundPaymentUseCase {

    /**
     * Staff give money back from a payment, through the gateway that took it,
     * at most what the payment can still give back.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException REFUND_EXCEEDS_PAYMENT
     * @throws dev.conveyor.application.payments.port.in.PaymentGatewayException when the gateway failed
     */
    RecordedPayment refund(Actor actor, PaymentId paymentId, RefundCommand command, IdempotencyKey idempotencyKey);

    /** @param amount null for everything the payment can still give back */
    record RefundCommand(Money amount, String reason) {

        public RefundCommand {
            if (amount != null && amount.amountMinor() <= 0) {
                throw new InvalidInputException("amount.amountMinor", "amount.amountMinor must be positive");
            }
        }

        public String fingerprint() {
            return amount + "|" + reason;
        }
    }
}
