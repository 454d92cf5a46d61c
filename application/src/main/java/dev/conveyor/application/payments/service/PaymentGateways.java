package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.PaymentGatewayException;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/** The configured gateways by name. */
final class PaymentGateways {

    static final String MANUAL = "manual";

    private final List<PaymentGatewayPort> gateways;

    PaymentGateways(List<PaymentGatewayPort> gateways) {
        this.gateways = gateways;
    }

    /** The gateway that took a payment; it must still be configured to give money back. */
    PaymentGatewayPort of(String name) {
        return find(name).orElseThrow(() -> new PaymentGatewayException("payment gateway " + name
                + " is not configured on this server"));
    }

    /** The gateway a webhook call names; unknown names do not exist for the caller. */
    PaymentGatewayPort forWebhook(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("NOT_FOUND", "no payment gateway " + name));
    }

    Optional<PaymentGatewayPort> cardGateway() {
        return gateways.stream().filter(PaymentGatewayPort::takesCards).findFirst();
    }

    private Optional<PaymentGatewayPort> find(String name) {
        return gateways.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
