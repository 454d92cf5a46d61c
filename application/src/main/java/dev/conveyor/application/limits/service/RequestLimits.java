package dev.conveyor.application.limits.service;

import dev.conveyor.application.limits.port.in.RequestKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * How many requests of each kind one caller may make: a burst of
 * {@code capacity}, refilled evenly over {@code period}. Disabled, nothing is
 * counted.
 */
public record RequestLimits(boolean enabled, Map<RequestKind, Limit> limits) {

    public RequestLimits {
        limits = Map.copyOf(limits);
        if (enabled && !limits.keySet().containsAll(EnumSet.allOf(RequestKind.class))) {
            throw new IllegalArgumentException("a limit for every kind of request is needed: " + limits.keySet());
        }
    }

    public record Limit(int capacity, Duration period) {
        public Limit {
            Objects.requireNonNull(period);
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs a capacity of 1 or more and a positive period: "
                        + capacity + " per " + period);
            }
        }
    }

    Limit of(RequestKind kind) {
        return limits.get(kind);
    }
}
