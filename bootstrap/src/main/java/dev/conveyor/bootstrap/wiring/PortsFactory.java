package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.NotificationPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.SharedPorts;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Collects the adapter beans the configuration activated into the ports and helpers every feature shares. */
@Factory
public class PortsFactory {

    @Singleton
    @SuppressWarnings("java:S107") // one parameter per port is the point of this method
    SharedPorts sharedPorts(TransactionPort transactions, UserRepositoryPort users, ProductRepositoryPort products,
                            StockPort stock, OrderRepositoryPort orders, InvoiceRepositoryPort invoices,
                            PaymentLedgerPort ledger, CreditNoteRepositoryPort creditNotes,
                            IdempotencyPort idempotency, EventLogPort eventLog,
                            NotificationPort notifications, CachePort cache, RateLimitPort rateLimits) {
        return new SharedPorts(transactions, users, products, stock, orders, invoices, ledger, creditNotes, idempotency, eventLog,
                notifications, cache, rateLimits);
    }

    @Singleton
    SharedServices sharedServices(
            SharedPorts ports, Clock clock,
            @Property(name = "conveyor.orders.idempotency-retention", defaultValue = "24h") Duration idempotency) {
        return new SharedServices(ports, idempotency, clock);
    }
}
