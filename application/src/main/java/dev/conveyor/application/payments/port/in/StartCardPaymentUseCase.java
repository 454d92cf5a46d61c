package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;

public interface StartCardPaymentUseCase {

    /**
     * Opens a card payment for the order's balance at the card gateway; the
     * browser completes it with the client secret, and the gateway's webhook
     * records the money. The order's customer or staff.
     *
     * @param idempotencyKey the same key answers the same payment again
     * @throws dev.conveyor.domain.shared.ConflictException NOTHING_TO_PAY
     * @throws dev.conveyor.application.shared.UnprocessableException CARD_PAYMENTS_DISABLED
     */
    CardPaymentView start(Actor actor, OrderId orderId, IdempotencyKey idempotencyKey);

    record CardPaymentView(java.util.UUID orderId, String gateway, String reference, String clientSecret,
                           Money amount) {
    }
}
