package dev.conveyor.adapter.cache.signal;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.events.port.out.EventSignalPort;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
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
 * Redis loses costs a delay, not an event: instances also poll the log. The
 * subscription is made in the background, again and again until Redis answers;
 * after that Lettuce reconnects and subscribes again by itself.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisEventSignalAdapter implements EventSignalPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventSignalAdapter.class);

    private final RedisCommandRunner redis;
    private final BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub;
    private final String channel;
    private final Duration retry;
    private static final String REPLAY = "replay:";

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Tells this instance's own replays, which it already handed out, from the others'. */
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean closed;
    private Thread subscriber;

    public RedisEventSignalAdapter(RedisCommandRunner redis,
                            BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub,
                            @Value("${conveyor.realtime.redis-retry:1s}") Duration retry) {
        this.redis = redis;
        this.pubSub = pubSub;
        this.channel = redis.key("events");
        this.retry = retry;
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
    public synchronized void listen(Listener listener) {
        listeners.add(listener);
        if (subscriber == null) {
            subscriber = new Thread(this::subscribe, "redis-event-signals");
            subscriber.setDaemon(true);
            subscriber.start();
        }
    }

    private void subscribe() {
        while (!closed) {
            try {
                StatefulRedisPubSubConnection<String, String> connection = pubSub.get();
                connection.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        heard(message);
                    }
                });
                connection.sync().subscribe(channel);
                LOG.info("listening for event announcements on Redis channel {}", channel);
                return;
            } catch (RuntimeException e) {
                LOG.debug("cannot subscribe to event announcements yet: {}", e.getMessage());
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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
        closed = true;
    }
}
