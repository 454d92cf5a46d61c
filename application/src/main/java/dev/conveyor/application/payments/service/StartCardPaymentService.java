package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.CardPayment;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

final class StartCardPaymentService implements StartCardPaymentUseCase {

    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final PaymentGateways gateways;
    private final PaymentAttemptPort attempts;
    private final IdempotentExecutor idempotent;
    private final Clock clock;

    StartCardPaymentService(InvoiceAccess access, PaymentSettlement settlement, PaymentGateways gateways,
                            PaymentAttemptPort attempts, IdempotentExecutor idempotent, Clock clock) {
        this.access = access;
        this.settlement = settlement;
        this.gateways = gateways;
        this.attempts = attempts;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public CardPaymentView start(Actor actor, OrderId orderId, IdempotencyKey key) {
        actor.requireUser();
        // whose order it is comes first: another user's order is "not found", whatever the server takes
        Order order = access.loadOrder(actor, orderId);
        PaymentGatewayPort gateway = gateways.cardGateway().orElseThrow(() -> new UnprocessableException(
                "CARD_PAYMENTS_DISABLED", "this server takes no card payments; pay by transfer or on delivery"));
        var outcome = idempotent.execute(actor, key, "start-card-payment", orderId.toString(), id -> {
            Money balance = settlement.ledgerOf(order).balance();
            if (order.status().isFinal() || balance.amountMinor() <= 0) {
                throw new ConflictException("NOTHING_TO_PAY", "order " + order.number() + " has nothing to pay");
            }
            // inside the claim's transaction: if it rolls back, the retry reaches the gateway with the same key
            // and gets the same payment, so nothing is opened twice
            CardPayment card = gateway.startCardPayment(orderId, order.number().value(), balance, gatewayKey(id));
            Instant now = clock.instant();
            attempts.record(new PaymentAttempt(id, orderId, gateway.name(), card.reference(), card.amount(),
                    PaymentAttemptStatus.OPEN, null, now, now));
            return card;
        });
        CardPayment card = outcome.replayed()
                // the gateway answers the payment it opened for this key again
                ? reopened(gateway, order, outcome.resourceId())
                : outcome.created();
        return new CardPaymentView(orderId.value(), gateway.name(), card.reference(), card.clientSecret(),
                card.amount());
    }

    private CardPayment reopened(PaymentGatewayPort gateway, Order order, UUID requestId) {
        PaymentAttempt opened = attempts.findByRequest(requestId).orElseThrow();
        return gateway.startCardPayment(order.id(), order.number().value(), opened.amount(), gatewayKey(requestId));
    }

    private static String gatewayKey(UUID resourceId) {
        return "card-payment-" + resourceId;
    }
}
