package dev.conveyor.bootstrap.support;

import dev.conveyor.bootstrap.wiring.CoreFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Replaces the system clock in contexts that ask for it with {@code test.clock=manual}. */
@Factory
@Requires(property = "test.clock", value = "manual")
public class TestClockFactory {

    @Singleton
    @Replaces(value = Clock.class, factory = CoreFactory.class)
    TestClock testClock() {
        return new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    }
}
