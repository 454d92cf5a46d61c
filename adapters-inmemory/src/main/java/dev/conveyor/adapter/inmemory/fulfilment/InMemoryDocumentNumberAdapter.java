package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/** Like database sequences, a number taken by a transaction that rolls back is not handed out again. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryDocumentNumberAdapter implements DocumentNumberPort {

    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong invoices = new AtomicLong();

    @Override
    public long nextDeliverySequence() {
        return deliveries.incrementAndGet();
    }

    @Override
    public long nextInvoiceSequence() {
        return invoices.incrementAndGet();
    }
}
