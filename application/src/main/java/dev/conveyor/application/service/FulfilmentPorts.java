package dev.conveyor.application.service;

import dev.conveyor.application.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.port.out.DocumentNumberPort;
import dev.conveyor.application.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.port.out.PaymentAttemptPort;
import dev.conveyor.application.port.out.PaymentGatewayPort;
import dev.conveyor.application.port.out.PaymentLedgerPort;
import java.util.List;

/**
 * The out-ports of deliveries, invoices and payments, next to {@link CorePorts}.
 *
 * @param gateways every payment gateway configured; the manual one always, a card gateway when enabled
 */
public record FulfilmentPorts(DeliveryRepositoryPort deliveries, InvoiceRepositoryPort invoices,
                              PaymentLedgerPort ledger, PaymentAttemptPort attempts, DocumentNumberPort numbers,
                              List<PaymentGatewayPort> gateways) {

    public FulfilmentPorts {
        gateways = List.copyOf(gateways);
    }
}
