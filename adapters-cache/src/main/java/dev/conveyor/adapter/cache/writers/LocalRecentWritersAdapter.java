package dev.conveyor.adapter.cache.writers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.conveyor.application.shared.port.out.RecentWritersPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Recent writers of this process: each one until its window ends, at most {@value #MAX_CALLERS} (the oldest
 * go first). One instance alone, or the fallback while Redis is unreachable.
 */
@Singleton
@Requires(property = "conveyor.cache", pattern = "local|none", defaultValue = "local")
public final class LocalRecentWritersAdapter implements RecentWritersPort {

    static final long MAX_CALLERS = 100_000;

    private final Cache<String, Duration> writers = Caffeine.newBuilder()
            .maximumSize(MAX_CALLERS)
            .expireAfter(Expiry.<String, Duration>writing((caller, window) -> window))
            .build();

    @Override
    public void wrote(String caller, Duration window) {
        writers.put(caller, window);
    }

    @Override
    public boolean wroteRecently(String caller) {
        return writers.getIfPresent(caller) != null;
    }
}
