package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.bootstrap.ops.ConsumerMetrics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the durable consumers of the event log on a short schedule. Every instance runs it; the database lets
 * one runner at a time work on a consumer, the others skip it.
 */
@Singleton
@Requires(property = "conveyor.consumers.enabled", notEquals = "false")
public class EventConsumerJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumerJob.class);

    private final RunConsumersUseCase consumers;
    private final ConsumerMetrics metrics;

    EventConsumerJob(RunConsumersUseCase consumers, ConsumerMetrics metrics) {
        this.consumers = consumers;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelay = "${conveyor.consumers.interval:250ms}", initialDelay = "2s")
    void run() {
        try {
            metrics.record(consumers.runAll());
        } catch (RuntimeException e) {
            LOG.warn("running the event consumers failed; retrying at the next run", e);
        }
    }
}
