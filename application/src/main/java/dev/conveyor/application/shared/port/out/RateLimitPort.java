package dev.conveyor.application.shared.port.out;

import java.time.Duration;
import java.util.Optional;

public interface RateLimitPort {

    /**
     * Counts one attempt under {@code key}.
     *
     * @return empty when the attempt is within {@code limit} per {@code window};
     *         otherwise how long until the next attempt would be allowed
     */
    Optional<Duration> tryAcquire(String key, int limit, Duration window);
}
