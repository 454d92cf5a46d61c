package dev.conveyor.adapter.cache;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Application contexts with the Redis adapters selected, as the application configures them. */
public final class RedisContexts {

    private RedisContexts() {
    }

    /**
     * Connected, the read connections too: the adapters connect in the background at start-up, a cold client is
     * slow to connect, and a read without blocking misses while its connection is not open yet.
     */
    public static ApplicationContext start(String redisUri, String keyPrefix) {
        return start(redisUri, keyPrefix, Map.of());
    }

    public static ApplicationContext start(String redisUri, String keyPrefix, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(properties(redisUri, keyPrefix));
        properties.putAll(more);
        ApplicationContext context = ApplicationContext.run(properties);
        context.getBean(StatefulRedisConnection.class);
        awaitReadConnections(context.getBean(RedisCommandRunner.class));
        return context;
    }

    /** Until every read connection answers: they are taken in turn, so a run longer than there can be of them. */
    public static void awaitReadConnections(RedisCommandRunner runner) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int answered = 0;
        while (answered < 16) {
            try {
                runner.callWithoutBlocking(commands -> commands.ping()).get();
                answered++;
            } catch (ExecutionException e) {
                answered = 0;
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the read connections did not open within 10 s", e);
                }
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Without waiting for a connection, for tests of a Redis that is down. */
    public static ApplicationContext startUnconnected(String redisUri, String keyPrefix) {
        return ApplicationContext.run(properties(redisUri, keyPrefix));
    }

    private static Map<String, Object> properties(String redisUri, String keyPrefix) {
        return Map.of(
                "conveyor.cache", "redis",
                "redis.uri", redisUri,
                "conveyor.redis.key-prefix", keyPrefix);
    }
}
