package dev.conveyor.application.events.service;

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
import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.application.shared.service.SharedServices;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Durable consumers of the event log (webhooks, the event bus, ...), their runner and their administration. */
public final class ConsumerServices {

    private final RunConsumersUseCase runConsumers;
    private final ListConsumersQuery listConsumers;
    private final MonitorConsumersQuery monitorConsumers;
    private final ListDeadLettersQuery deadLetters;
    private final PauseConsumerUseCase pauseConsumer;
    private final SkipConsumerEventUseCase skipEvent;
    private final ReplayConsumerUseCase replayConsumer;

    public ConsumerServices(SharedServices shared, EventLogReaderPort reader, ConsumerStorePort store,
                            List<EventConsumerPort> consumers, ConsumerSettings settings) {
        var clock = shared.clock();
        var transactions = shared.ports().transactions();
        var backoff = new Backoff(settings.firstRetry(), settings.maxRetry(),
                () -> ThreadLocalRandom.current().nextDouble());
        var statuses = new ConsumerStatuses(consumers, store, reader, clock);
        var changes = new ConsumerChanges(statuses, store, transactions);
        runConsumers = new RunConsumersService(consumers, store, reader, transactions, settings, backoff, clock);
        listConsumers = new ListConsumersService(statuses);
        monitorConsumers = new MonitorConsumersService(statuses);
        deadLetters = new ListDeadLettersService(statuses, store);
        pauseConsumer = new PauseConsumerService(changes);
        skipEvent = new SkipConsumerEventService(changes, reader);
        replayConsumer = new ReplayConsumerService(changes, reader);
    }

    public RunConsumersUseCase runConsumers() {
        return runConsumers;
    }

    public ListConsumersQuery listConsumers() {
        return listConsumers;
    }

    public MonitorConsumersQuery monitorConsumers() {
        return monitorConsumers;
    }

    public ListDeadLettersQuery deadLetters() {
        return deadLetters;
    }

    public PauseConsumerUseCase pauseConsumer() {
        return pauseConsumer;
    }

    public SkipConsumerEventUseCase skipEvent() {
        return skipEvent;
    }

    public ReplayConsumerUseCase replayConsumer() {
        return replayConsumer;
    }
}
