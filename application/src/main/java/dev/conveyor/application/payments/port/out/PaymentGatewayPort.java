package dev.conveyor.application.payments.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import java.util.List;

/**
 * Something that moves money: the manual gateway (cash, transfer, cash on
 * delivery, recorded by staff) or a card processor such as Stripe. Payments
 * are refunded through the gateway that took them, so every ledger entry names
 * its gateway.
 */
public interface PaymentGatewayPort {

    /** The name ledger entries carry, e.g. {@code manual} or {@code stripe}. */
    String name();

    /** Whether customers can pay by card through it. */
    boolean takesCards();

    /**
     * Opens a card payment for the amount (a Stripe PaymentIntent).
     *
     * @param idempotencyKey the same key opens the same payment again
     * @throws dev.conveyor.application.shared.UnprocessableException when the gateway takes no cards
     * @throws dev.conveyor.application.payments.port.in.PaymentGatewayException when the gateway cannot be reached or refused the request
     */
    CardPayment startCardPayment(OrderId orderId, String orderNumber, Money amount, String idempotencyKey);

    /**
     * Gives money back from a payment this gateway took.
     *
     * @param paymentReference the provider reference of that payment; null for manual payments
     * @param idempotencyKey   the same key refunds once
     * @return the provider reference of the refund
     * @throws dev.conveyor.application.payments.port.in.PaymentGatewayException when the gateway cannot be reached or refused the refund
     */
    String refund(String paymentReference, Money amount, String idempotencyKey);

    /**
     * Checks a webhook call the gateway made and reads what it reports.
     *
     * @param signature the signature header of the call, as sent
     * @throws dev.conveyor.domain.shared.InvalidInputException when the signature is missing, wrong or stale
     * @throws dev.conveyor.domain.shared.NotFoundException when the gateway sends no webhooks
     */
    List<GatewayEvent> readWebhook(String payload, String signature);

    /** @param reference the gateway's id of the payment, e.g. a PaymentIntent id */
    record CardPayment(String reference, String clientSecret, Money amount) {
    }

    /** What a gateway reports; its order is not guaranteed, nor that it comes only once. */
    sealed interface GatewayEvent {
    }

    /** @param orderId from the payment's metadata */
    record PaymentSucceeded(String reference, OrderId orderId, Money amount) implements GatewayEvent {
    }

    record PaymentFailed(String reference, OrderId orderId, Money amount, String message) implements GatewayEvent {
    }

    /**
     * A payment was refunded, wholly or in part.
     *
     * @param paymentReference the refunded payment
     * @param orderId          from the metadata, null when the gateway did not carry it
     * @param captured         what the payment took
     * @param refunds          every refund of the payment so far
     */
    record PaymentRefunded(String paymentReference, OrderId orderId, Money captured, List<Refund> refunds)
            implements GatewayEvent {
    }

    record Refund(String reference, Money amount) {
    }
}
