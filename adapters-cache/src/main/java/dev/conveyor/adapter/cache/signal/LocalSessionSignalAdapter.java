package dev.conveyor.adapter.cache.signal;

import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ended sessions within this process. Instances that share no Redis learn of
 * them when their cached markers expire and at their live connections' next
 * heartbeat.
 */
@Singleton
@Requires(property = "conveyor.cache", notEquals = "redis")
public final class LocalSessionSignalAdapter implements SessionSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSessionSignalAdapter.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void sessionsEnded(UserId user) {
        tell(listeners, user);
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    static void tell(List<Listener> listeners, UserId user) {
        for (Listener listener : listeners) {
            try {
                listener.sessionsEnded(user);
            } catch (RuntimeException e) {
                LOG.warn("a session signal listener failed on user {}", user, e);
            }
        }
    }
}
