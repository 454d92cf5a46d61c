package dev.conveyor.adapter.cache.signal;

import dev.conveyor.application.events.port.out.EventSignalPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announcements within this process: one instance, or instances that share no Redis (they poll the log). */
@Singleton
@Requires(property = "conveyor.cache", notEquals = "redis")
public final class LocalEventSignalAdapter implements EventSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventSignalAdapter.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(long position) {
        tell(listeners, listener -> listener.eventsUpTo(position));
    }

    @Override
    public void announceReplay(long from, long to) {
        tell(listeners, listener -> listener.replay(from, to));
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    static void tell(List<Listener> listeners, Consumer<Listener> signal) {
        for (Listener listener : listeners) {
            try {
                signal.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("an event signal listener failed; it catches up at its next poll", e);
            }
        }
    }
}
