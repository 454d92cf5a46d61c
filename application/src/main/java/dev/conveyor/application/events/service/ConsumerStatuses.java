package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.out.ConsumerStorePort.ConsumerState;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The consumers this server runs, and how far each is behind the log. */
final class ConsumerStatuses {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Set<String> names;
    private final ConsumerStorePort store;
    private final EventLogReaderPort reader;
    private final Clock clock;

    ConsumerStatuses(List<EventConsumerPort> consumers, ConsumerStorePort store, EventLogReaderPort reader,
                     Clock clock) {
        this.names = consumers.stream().map(EventConsumerPort::name).collect(Collectors.toUnmodifiableSet());
        if (names.size() != consumers.size()) {
            throw new IllegalArgumentException("two event consumers share a name: " + consumers);
        }
        names.forEach(name -> Check.matches("consumer name", name, NAME, "lowercase letters, digits and dashes"));
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    /** Consumers this server runs that started at least once; rows of consumers no longer configured are left out. */
    List<ConsumerStatus> all() {
        long latest = reader.latestPosition();
        return store.all().stream().filter(state -> names.contains(state.name()))
                .map(state -> status(state, latest)).toList();
    }

    ConsumerStatus status(ConsumerState state) {
        return status(state, reader.latestPosition());
    }

    /** @throws NotFoundException when this server runs no consumer of that name */
    String known(String name) {
        if (!names.contains(name)) {
            throw new NotFoundException("CONSUMER_NOT_FOUND", "no event consumer named " + name);
        }
        return name;
    }

    private ConsumerStatus status(ConsumerState state, long latest) {
        long lag = Math.max(0, latest - state.position());
        double seconds = 0;
        if (lag > 0) {
            List<LoggedEvent> next = reader.read(state.position(), latest, Scope.ALL, 1);
            if (!next.isEmpty()) {
                Duration waiting = Duration.between(next.get(0).occurredAt(), clock.instant());
                seconds = Math.max(0, waiting.toMillis() / 1000.0);
            }
        }
        return new ConsumerStatus(state.name(), state.position(), latest, lag, seconds, state.paused(),
                state.attempts(), state.nextAttemptAt(), state.lastError(), state.deadLetters());
    }
}
