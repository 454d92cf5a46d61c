package dev.conveyor.bootstrap.consumers;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A durable consumer for tests: its effect is a row in {@code recorded_effect} per event, written in the
 * consumer's transaction, so a duplicate effect is a duplicate row. Events of type {@link #POISON} always fail.
 * {@link #IN_FLIGHT} counts the handlers running at once across every instance of the JVM.
 */
@Singleton
@Requires(property = "test.recording-consumer", value = "true")
public class RecordingConsumer implements EventConsumerPort {

    public static final String NAME = "recorder";
    public static final String POISON = "test:poison";
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    /** When each attempt at a poisonous event was made, in nanoseconds. */
    static final Queue<Long> POISON_ATTEMPTS = new ConcurrentLinkedQueue<>();

    private final Jdbc jdbc;
    private final String instance;
    private volatile Consumer<LoggedEvent> beforeEffect = event -> { };

    RecordingConsumer(Jdbc jdbc, @Property(name = "test.instance", defaultValue = "a") String instance) {
        this.jdbc = jdbc;
        this.instance = instance;
        jdbc.update("""
                CREATE TABLE IF NOT EXISTS recorded_effect (
                    position BIGINT NOT NULL, event_id UUID NOT NULL, instance VARCHAR(16) NOT NULL,
                    attempted_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)""", statement -> { });
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Runs on the handling thread, in the consumer's transaction, before the effect. */
    void beforeEffect(Consumer<LoggedEvent> action) {
        beforeEffect = action;
    }

    Jdbc jdbc() {
        return jdbc;
    }

    @Override
    public void handle(LoggedEvent event) {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            beforeEffect.accept(event);
            if (event.type().equals(POISON)) {
                POISON_ATTEMPTS.add(System.nanoTime());
                throw new IllegalStateException("refused " + event.type() + " at " + event.position());
            }
            jdbc.update("INSERT INTO recorded_effect (position, event_id, instance) VALUES (?, ?, ?)", statement -> {
                statement.setLong(1, event.position());
                statement.setObject(2, event.id());
                statement.setString(3, instance);
            });
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }
}
