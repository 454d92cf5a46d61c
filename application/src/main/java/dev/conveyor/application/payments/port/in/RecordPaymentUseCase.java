package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;

public interface RecordPaymentUseCase {

    /**
     * Staff record money received by hand (cash, bank transfer, cash on
     * delivery) on one of the order's invoices or as an advance. The order's
     * payment status follows; a delivered order paid in full is complete.
     *
     * @param idempotencyKey null when the client sent none
     */
    RecordedPayment record(Actor actor, OrderId orderId, RecordPaymentCommand command, IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key recorded it */
    record RecordedPayment(PaymentView payment, boolean replayed) {
    }

    /** @param invoiceId null for an advance on the order */
    record RecordPaymentCommand(PaymentMethod method, Money amount, InvoiceId invoiceId, String reference,
                                String note) {

        public RecordPaymentCommand {
            Check.notNull("method", method);
            Check.notNull("amount", amount);
            if (!method.isManual()) {
                throw new InvalidInputException("method", "card payments are recorded when the payment gateway "
                        + "reports them; record CASH, BANK_TRANSFER or CASH_ON_DELIVERY");
            }
            if (amount.amountMinor() <= 0) {
                throw new InvalidInputException("amount.amountMinor", "amount.amountMinor must be positive");
            }
        }

        public String fingerprint() {
            return method + "|" + amount + "|" + invoiceId + "|" + reference + "|" + note;
        }
    }
}
