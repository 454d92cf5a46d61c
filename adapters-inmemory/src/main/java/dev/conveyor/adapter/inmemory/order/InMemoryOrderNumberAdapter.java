package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/** Like a database sequence, a number taken by a transaction that rolls back is not handed out again. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryOrderNumberAdapter implements OrderNumberPort {

    private final AtomicLong last = new AtomicLong();

    @Override
    public long nextOrderSequence() {
        return last.incrementAndGet();
    }
}
