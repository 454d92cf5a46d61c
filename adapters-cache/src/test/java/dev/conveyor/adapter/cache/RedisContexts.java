package dev.conveyor.adapter.cache;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/** Application contexts with the Redis adapters selected, as the application configures them. */
public final class RedisContexts {

    private RedisContexts() {
    }

    /** Connected: the adapters connect in the background at start-up, and a cold client is slow to connect. */
    public static ApplicationContext start(String redisUri, String keyPrefix) {
        return start(redisUri, keyPrefix, Map.of());
    }

    public static ApplicationContext start(String redisUri, String keyPrefix, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(properties(redisUri, keyPrefix));
        properties.putAll(more);
        ApplicationContext context = ApplicationContext.run(properties);
        context.getBean(StatefulRedisConnection.class);
        return context;
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
