package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.events.port.in.ListConsumersQuery;
import dev.conveyor.application.events.port.in.ListDeadLettersQuery;
import dev.conveyor.application.events.port.in.MonitorConsumersQuery;
import dev.conveyor.application.events.port.in.PauseConsumerUseCase;
import dev.conveyor.application.events.port.in.ReplayConsumerUseCase;
import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.application.events.port.in.SkipConsumerEventUseCase;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.service.ConsumerServices;
import dev.conveyor.application.events.service.ConsumerSettings;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/** Durable consumers of the event log: every {@link EventConsumerPort} bean the configuration activated. */
@Factory
public class ConsumerFactory {

    @Singleton
    ConsumerSettings consumerSettings(@Value("${conveyor.consumers.max-attempts:8}") int maxAttempts,
                                      @Value("${conveyor.consumers.first-retry:1s}") Duration firstRetry,
                                      @Value("${conveyor.consumers.max-retry:10m}") Duration maxRetry,
                                      @Value("${conveyor.consumers.batch-size:100}") int batchSize,
                                      @Value("${conveyor.consumers.max-batches:10}") int maxBatches) {
        return new ConsumerSettings(maxAttempts, firstRetry, maxRetry, batchSize, maxBatches);
    }

    @Singleton
    ConsumerServices consumerServices(SharedServices shared, EventLogReaderPort reader, ConsumerStorePort store,
                                      List<EventConsumerPort> consumers, ConsumerSettings settings) {
        return new ConsumerServices(shared, reader, store, consumers, settings);
    }

    @Singleton
    RunConsumersUseCase runConsumers(ConsumerServices consumers) {
        return consumers.runConsumers();
    }

    @Singleton
    ListConsumersQuery listConsumers(ConsumerServices consumers) {
        return consumers.listConsumers();
    }

    @Singleton
    MonitorConsumersQuery monitorConsumers(ConsumerServices consumers) {
        return consumers.monitorConsumers();
    }

    @Singleton
    ListDeadLettersQuery deadLetters(ConsumerServices consumers) {
        return consumers.deadLetters();
    }

    @Singleton
    PauseConsumerUseCase pauseConsumer(ConsumerServices consumers) {
        return consumers.pauseConsumer();
    }

    @Singleton
    SkipConsumerEventUseCase skipConsumerEvent(ConsumerServices consumers) {
        return consumers.skipEvent();
    }

    @Singleton
    ReplayConsumerUseCase replayConsumer(ConsumerServices consumers) {
        return consumers.replayConsumer();
    }
}
