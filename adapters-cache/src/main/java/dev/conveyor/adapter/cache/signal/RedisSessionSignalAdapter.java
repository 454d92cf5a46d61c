package dev.conveyor.adapter.cache.signal;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "The sessions of user U ended", through Redis pub/sub (channel {@code
 * <prefix>sessions}, the user id as message) to every instance. This instance's
 * own listeners hear it directly, before the call returns; hearing it once more
 * through Redis costs nothing. A message Redis loses costs a delay: markers are
 * cached for a short time only, and live connections are checked again at
 * every heartbeat.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisSessionSignalAdapter implements SessionSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionSignalAdapter.class);

    private final RedisCommandRunner redis;
    private final String channel;
    private final RedisChannel subscription;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public RedisSessionSignalAdapter(RedisCommandRunner redis,
                                     BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub,
                                     @Value("${conveyor.realtime.redis-retry:1s}") Duration retry) {
        this.redis = redis;
        this.channel = redis.key("sessions");
        this.subscription = new RedisChannel(pubSub, channel, retry, this::heard);
    }

    @Override
    public void sessionsEnded(UserId user) {
        LocalSessionSignalAdapter.tell(listeners, user);
        try {
            redis.call(commands -> commands.publish(channel, user.value().toString()));
        } catch (RedisUnavailableException e) {
            LOG.warn("the end of the sessions of {} was not sent through Redis ({}); other instances learn of it "
                    + "when their cached markers expire", user, e.getMessage());
        }
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
        subscription.open();
    }

    private void heard(String message) {
        UserId user;
        try {
            user = new UserId(UUID.fromString(message));
        } catch (IllegalArgumentException e) {
            LOG.warn("ignored a malformed session signal: {}", message);
            return;
        }
        LocalSessionSignalAdapter.tell(listeners, user);
    }

    @PreDestroy
    void close() {
        subscription.close();
    }
}
