package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.bootstrap.ops.ConsumerMetrics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the durable consumers of the event log on a short schedule, each on a thread of its own: run one after
 * another, the e-mails' rendering held the webhooks and the event bus back under load by as much as it took
 * itself (the lag benchmark: all three consumers equally behind). A consumer still running at the next tick
 * is left to finish. Every instance runs it; the database lets one runner at a time work on a consumer, the
 * others skip it.
 */
@Singleton
@Requires(property = "conveyor.consumers.enabled", notEquals = "false")
public class EventConsumerJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumerJob.class);

    private final RunConsumersUseCase consumers;
    private final ConsumerMetrics metrics;
    private final ExecutorService workers;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    EventConsumerJob(RunConsumersUseCase consumers, ConsumerMetrics metrics) {
        this.consumers = consumers;
        this.metrics = metrics;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, consumers.consumers().size()), runnable -> {
            Thread thread = new Thread(runnable, "event-consumer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelay = "${conveyor.consumers.interval:250ms}", initialDelay = "2s")
    void run() {
        for (String consumer : consumers.consumers()) {
            if (running.add(consumer)) {
                try {
                    workers.execute(() -> run(consumer));
                } catch (RejectedExecutionException stopping) {
                    running.remove(consumer); // the server is stopping: the pool takes no more work
                }
            }
        }
    }

    private void run(String consumer) {
        try {
            metrics.record(List.of(consumers.run(consumer)));
        } catch (RuntimeException e) {
            LOG.warn("running the event consumer {} failed; retrying at the next run", consumer, e);
        } finally {
            running.remove(consumer);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
