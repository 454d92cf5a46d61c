package dev.conveyor.adapter.cache.signal;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.events.port.out.EventSignalPort;
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
 * "The log holds events up to P", through Redis pub/sub to every instance.
 * This instance's own listeners hear it directly, not through Redis. A message
 * Redis loses costs a delay, not an event: instances also poll the log.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisEventSignalAdapter implements EventSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventSignalAdapter.class);

    private static final String REPLAY = "replay:";

    private final RedisCommandRunner redis;
    private final String channel;
    private final RedisChannel subscription;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Tells this instance's own replays, which it already handed out, from the others'. */
    private final String instance = UUID.randomUUID().toString();

    public RedisEventSignalAdapter(RedisCommandRunner redis,
                            BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub,
                            @Value("${conveyor.realtime.redis-retry:1s}") Duration retry) {
        this.redis = redis;
        this.channel = redis.key("events");
        this.subscription = new RedisChannel(pubSub, channel, retry, this::heard);
    }

    @Override
    public void announce(long position) {
        LocalEventSignalAdapter.tell(listeners, listener -> listener.eventsUpTo(position));
        publish(Long.toString(position));
    }

    @Override
    public void announceReplay(long from, long to) {
        LocalEventSignalAdapter.tell(listeners, listener -> listener.replay(from, to));
        publish(REPLAY + instance + ":" + from + ":" + to);
    }

    private void publish(String message) {
        try {
            redis.call(commands -> commands.publish(channel, message));
        } catch (RedisUnavailableException e) {
            LOG.debug("event signal {} not sent through Redis ({}); other instances poll the log",
                    message, e.getMessage());
        }
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
        subscription.open();
    }

    private void heard(String message) {
        try {
            if (message.startsWith(REPLAY)) {
                String[] replay = message.substring(REPLAY.length()).split(":");
                long from = Long.parseLong(replay[1]);
                long to = Long.parseLong(replay[2]);
                if (!instance.equals(replay[0])) {
                    LocalEventSignalAdapter.tell(listeners, listener -> listener.replay(from, to));
                }
            } else {
                // this instance's own announcements come back too: reading up to a position twice costs nothing
                long position = Long.parseLong(message);
                LocalEventSignalAdapter.tell(listeners, listener -> listener.eventsUpTo(position));
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            LOG.warn("ignored a malformed event signal: {}", message);
        }
    }

    @PreDestroy
    void close() {
        subscription.close();
    }
}
