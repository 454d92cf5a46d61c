package dev.conveyor.bootstrap.ops;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.MonitorConsumersQuery;
import dev.conveyor.application.events.port.in.RunConsumersUseCase.ConsumerRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable consumers on {@code /prometheus}: lag in events and seconds and whether paused (gauges, read from
 * the database at most once per {@link #REFRESH} however often they are scraped), handled events, failed
 * attempts and dead letters (counters, counted by this instance's runs).
 */
@Singleton
public class ConsumerMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerMetrics.class);
    private static final Duration REFRESH = Duration.ofSeconds(1);

    private final MonitorConsumersQuery monitor;
    private final MeterRegistry registry;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private volatile Map<String, ConsumerStatus> latest = Map.of();
    private volatile long readAtNanos = System.nanoTime() - REFRESH.toNanos();

    ConsumerMetrics(MonitorConsumersQuery monitor, MeterRegistry registry) {
        this.monitor = monitor;
        this.registry = registry;
    }

    /** Counts what one run of the consumers did, and registers the gauges of consumers seen for the first time. */
    public void record(Iterable<ConsumerRun> runs) {
        for (ConsumerRun run : runs) {
            String name = run.consumer();
            if (gauged.add(name)) {
                gauge(name, "conveyor.consumer.lag.events", "Events the consumer has yet to handle", "events",
                        status -> status.lagEvents());
                gauge(name, "conveyor.consumer.lag.seconds",
                        "How long the next event the consumer has to handle has waited", "seconds",
                        ConsumerStatus::lagSeconds);
                gauge(name, "conveyor.consumer.paused", "1 while an administrator paused the consumer", null,
                        status -> status.paused() ? 1 : 0);
            }
            count(name, "conveyor.consumer.handled", "Events the consumer handled", run.handled());
            count(name, "conveyor.consumer.failures", "Failed attempts at an event", run.failures());
            count(name, "conveyor.consumer.dead.letters", "Events the consumer gave up on", run.deadLettered());
        }
    }

    private void gauge(String consumer, String meter, String description, String unit,
                       ToDoubleFunction<ConsumerStatus> value) {
        Gauge.builder(meter, this, metrics -> {
                    ConsumerStatus status = metrics.current().get(consumer);
                    return status == null ? Double.NaN : value.applyAsDouble(status);
                })
                .description(description).baseUnit(unit).tag("consumer", consumer).register(registry);
    }

    private void count(String consumer, String meter, String description, int amount) {
        Counter counter = Counter.builder(meter).description(description).tag("consumer", consumer)
                .register(registry);
        counter.increment(amount);
    }

    private Map<String, ConsumerStatus> current() {
        long now = System.nanoTime();
        if (now - readAtNanos >= REFRESH.toNanos()) {
            readAtNanos = now;
            try {
                latest = monitor.statuses().stream()
                        .collect(Collectors.toUnmodifiableMap(ConsumerStatus::name, status -> status));
            } catch (RuntimeException e) {
                LOG.warn("reading the consumers' lag failed; the gauges show the last values read", e);
            }
        }
        return latest;
    }
}
