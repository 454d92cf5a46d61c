package dev.conveyor.adapter.payments;

import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Money that staff take and give back by hand: cash, bank transfers, cash on
 * delivery. Nothing is called; a refund's reference is derived from its
 * idempotency key, so a repeated refund is recognised as the same one.
 */
@Singleton
public final class ManualPaymentGatewayAdapter implements PaymentGatewayPort {

    public static final String NAME = "manual";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesCards() {
        return false;
    }

    @Override
    public CardPayment startCardPayment(OrderId orderId, String orderNumber, Money amount, String idempotencyKey) {
        throw new UnprocessableException("CARD_PAYMENTS_DISABLED", "cards are taken by a card gateway, not by hand");
    }

    @Override
    public String refund(String paymentReference, Money amount, String idempotencyKey) {
        return "manual-" + idempotencyKey;
    }

    @Override
    public List<GatewayEvent> readWebhook(String payload, String signature) {
        throw new NotFoundException("NOT_FOUND", "manual payments are recorded by staff; there are no webhooks");
    }
}
