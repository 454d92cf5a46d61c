package dev.conveyor.application.shared.service;

import java.time.Clock;
import java.time.Duration;

/**
 * The helpers the features' services build on, made once from the shared
 * ports: every feature records events, checks access and runs idempotent
 * requests the same way.
 */
public final class SharedServices {

    private final SharedPorts ports;
    private final Clock clock;
    private final EventRecorder events;
    private final CachedReads reads;
    private final OrderAccess orderAccess;
    private final ProductAccess productAccess;
    private final InvoiceAccess invoiceAccess;
    private final IdempotentExecutor idempotent;
    private final PaymentSettlement settlement;

    /** @param idempotencyRetention how long an Idempotency-Key is remembered */
    public SharedServices(SharedPorts ports, Duration idempotencyRetention, Clock clock) {
        this.ports = ports;
        this.clock = clock;
        this.events = new EventRecorder(ports.eventLog(), ports.notifications(), new CacheInvalidations(ports.cache()),
                ports.transactions());
        this.reads = new CachedReads(ports.cache(), ports.orders(), ports.products());
        this.settlement = new PaymentSettlement(ports.ledger(), ports.creditNotes(), ports.invoices());
        this.orderAccess = new OrderAccess(ports.orders(), settlement, clock);
        this.productAccess = new ProductAccess(ports.products());
        this.invoiceAccess = new InvoiceAccess(ports.invoices(), orderAccess);
        this.idempotent = new IdempotentExecutor(ports.idempotency(), ports.transactions(), clock,
                idempotencyRetention);
    }

    public SharedPorts ports() {
        return ports;
    }

    public Clock clock() {
        return clock;
    }

    public EventRecorder events() {
        return events;
    }

    public CachedReads reads() {
        return reads;
    }

    public OrderAccess orderAccess() {
        return orderAccess;
    }

    public ProductAccess productAccess() {
        return productAccess;
    }

    public InvoiceAccess invoiceAccess() {
        return invoiceAccess;
    }

    public IdempotentExecutor idempotent() {
        return idempotent;
    }

    public PaymentSettlement settlement() {
        return settlement;
    }
}
