package dev.conveyor.adapter.cache.signal;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.BeanProvider;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Redis pub/sub channel on the application's pub/sub connection, which
 * other channels share: only this channel's messages reach the consumer. The
 * subscription is made in the background, again and again until Redis answers;
 * after that Lettuce reconnects and subscribes again by itself.
 */
final class RedisChannel {

    private static final Logger LOG = LoggerFactory.getLogger(RedisChannel.class);

    private final BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub;
    private final String channel;
    private final Duration retry;
    private final Consumer<String> messages;
    private volatile boolean closed;
    private Thread subscriber;

    RedisChannel(BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub, String channel,
                 Duration retry, Consumer<String> messages) {
        this.pubSub = pubSub;
        this.channel = channel;
        this.retry = retry;
        this.messages = messages;
    }

    /** Starts listening, once. */
    synchronized void open() {
        if (subscriber == null && !closed) {
            subscriber = new Thread(this::subscribe, "redis-" + channel);
            subscriber.setDaemon(true);
            subscriber.start();
        }
    }

    void close() {
        closed = true;
    }

    private void subscribe() {
        while (!closed) {
            try {
                StatefulRedisPubSubConnection<String, String> connection = pubSub.get();
                connection.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        if (channel.equals(from)) {
                            messages.accept(message);
                        }
                    }
                });
                connection.sync().subscribe(channel);
                LOG.info("listening on Redis channel {}", channel);
                return;
            } catch (RuntimeException e) {
                LOG.debug("cannot subscribe to Redis channel {} yet: {}", channel, e.getMessage());
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
