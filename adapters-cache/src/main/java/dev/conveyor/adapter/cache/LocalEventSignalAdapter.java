package dev.conveyor.adapter.cache;

import dev.conveyor.application.port.out.EventSignalPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announcements within this process: one instance, or instances that share no Redis (they poll the log). */
@Singleton
@Requires(property = "conveyor.cache", notEquals = "redis")
public final class LocalEventSignalAdapter implements EventSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventSignalAdapter.class);

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(long position) {
        tell(listeners, position);
    }

    @Override
    public void listen(LongConsumer listener) {
        listeners.add(listener);
    }

    static void tell(List<LongConsumer> listeners, long position) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(position);
            } catch (RuntimeException e) {
                LOG.warn("an event announcement listener failed; it catches up at its next poll", e);
            }
        }
    }
}
