package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.RunConsumersUseCase;
import dev.conveyor.application.events.port.out.ConsumerStorePort.ConsumerState;
import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each consumer's batches. A batch is one transaction: lock the consumer's row (skipping a consumer
 * another runner holds), handle the events after its position, move the position past them. When an event
 * fails, the whole batch rolls back (nothing it wrote stays), the events before the failing one are handled
 * again in a batch that stops short of it, and the failure is counted in a transaction of its own: the event
 * waits for its next attempt (exponential backoff with jitter), or goes to the dead letters after the last
 * attempt, and the consumer goes on; a consumer whose target is unreachable keeps retrying instead.
 */
final class RunConsumersService implements RunConsumersUseCase {

    private static final System.Logger LOG = System.getLogger(RunConsumersService.class.getName());
    private static final int MAX_ERROR_LENGTH = 2_000;

    private final List<EventConsumerPort> consumers;
    private final ConsumerStorePort store;
    private final EventLogReaderPort reader;
    private final TransactionPort transactions;
    private final ConsumerSettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private volatile boolean registered;

    RunConsumersService(List<EventConsumerPort> consumers, ConsumerStorePort store, EventLogReaderPort reader,
                        TransactionPort transactions, ConsumerSettings settings, Backoff backoff, Clock clock) {
        this.consumers = List.copyOf(consumers);
        this.store = store;
        this.reader = reader;
        this.transactions = transactions;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public List<ConsumerRun> runAll() {
        registerOnce();
        List<ConsumerRun> runs = new ArrayList<>();
        for (EventConsumerPort consumer : consumers) {
            runs.add(run(consumer));
        }
        return runs;
    }

    @Override
    public List<String> consumers() {
        return consumers.stream().map(EventConsumerPort::name).toList();
    }

    @Override
    public ConsumerRun run(String name) {
        EventConsumerPort consumer = consumers.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no durable consumer " + name));
        registerOnce();
        return run(consumer);
    }

    /** A consumer seen for the first time starts at the log's end: it handles what happens from now on. */
    private void registerOnce() {
        if (registered) {
            return;
        }
        // consumers run on threads of their own: the first runs register them all, once
        synchronized (this) {
            if (registered) {
                return;
            }
            long latest = reader.latestPosition();
            consumers.forEach(consumer -> store.register(consumer.name(), latest));
            registered = true;
        }
    }

    private ConsumerRun run(EventConsumerPort consumer) {
        Tally tally = new Tally();
        for (int batch = 0; batch < settings.maxBatches(); batch++) {
            int handled = handleBatch(consumer, Long.MAX_VALUE, tally);
            if (handled < settings.batchSize()) {
                break;
            }
        }
        return new ConsumerRun(consumer.name(), tally.handled, tally.failures, tally.deadLettered);
    }

    /** @return how many events the batch handled; fewer than a full batch when it stopped for any reason */
    private int handleBatch(EventConsumerPort consumer, long upTo, Tally tally) {
        try {
            int handled = transactions.inTransaction(() -> {
                ConsumerState state = store.tryLock(consumer.name()).orElse(null);
                if (state == null || state.paused() || waiting(state)) {
                    return 0;
                }
                List<LoggedEvent> events = reader.read(state.position(), upTo, Scope.ALL, settings.batchSize());
                for (LoggedEvent event : events) {
                    try {
                        consumer.handle(event);
                    } catch (RuntimeException e) {
                        throw new EventFailed(state.position(), event, e);
                    }
                }
                if (!events.isEmpty()) {
                    store.save(state.advancedTo(events.get(events.size() - 1).position()));
                }
                return events.size();
            });
            tally.handled += handled;
            return handled;
        } catch (EventFailed failed) {
            long beforeFailure = failed.event.position() - 1;
            if (beforeFailure > failed.from) {
                handleBatch(consumer, beforeFailure, tally);
            }
            recordFailure(consumer.name(), failed, tally);
            return 0;
        }
    }

    private boolean waiting(ConsumerState state) {
        return state.nextAttemptAt() != null && clock.instant().isBefore(state.nextAttemptAt());
    }

    private void recordFailure(String name, EventFailed failed, Tally tally) {
        LoggedEvent event = failed.event;
        String error = describe(failed.getCause());
        LOG.log(System.Logger.Level.WARNING, "event consumer " + name + " failed on event " + event.position()
                + " (" + event.type() + "); it is tried again later", failed.getCause());
        transactions.inTransaction(() -> {
            ConsumerState state = store.tryLock(name).orElse(null);
            if (state == null || state.position() != event.position() - 1) {
                return; // another runner, or an administrator, moved the consumer meanwhile
            }
            Instant now = clock.instant();
            int attempts = state.attempts() + 1;
            tally.failures++;
            boolean targetAway = failed.getCause() instanceof EventConsumerPort.TargetUnavailableException;
            if (attempts >= settings.maxAttempts() && !targetAway) {
                store.addDeadLetter(new DeadLetter(Ids.newId(), name, event.position(), event.id(), event.type(),
                        attempts, error, now));
                store.save(state.advancedTo(event.position()));
                tally.deadLettered++;
            } else {
                store.save(state.failed(attempts, now.plus(backoff.delayAfter(attempts)), error, now));
            }
        });
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static final class Tally {
        int handled;
        int failures;
        int deadLettered;
    }

    /** Leaves the batch's transaction so that it rolls back; carries what failed. */
    private static final class EventFailed extends RuntimeException {
        private final transient long from;
        private final transient LoggedEvent event;

        EventFailed(long from, LoggedEvent event, RuntimeException cause) {
            super("event " + event.position() + " failed", cause, false, false);
            this.from = from;
            this.event = event;
        }
    }
}
