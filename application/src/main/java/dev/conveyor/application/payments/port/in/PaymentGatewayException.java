package dev.conveyor.application.payments.port.in;

import dev.conveyor.domain.shared.DomainException;

/** The payment gateway could not be reached or refused the request; nothing was recorded. */
public class PaymentGatewayException extends DomainException {

    public PaymentGatewayException(String message) {
        super("PAYMENT_GATEWAY_FAILED", message);
    }
}
