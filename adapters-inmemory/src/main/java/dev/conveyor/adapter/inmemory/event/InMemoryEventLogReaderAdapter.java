package dev.conveyor.adapter.inmemory.event;

import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the in-memory event log with the same filters as the SQL of the JDBC adapter. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryEventLogReaderAdapter implements EventLogReaderPort {

    private final InMemoryEventLogAdapter log;

    public InMemoryEventLogReaderAdapter(InMemoryEventLogAdapter log) {
        this.log = log;
    }

    @Override
    public List<LoggedEvent> read(long after, long upTo, Scope scope, int limit) {
        return events().filter(e -> e.position() > after && e.position() <= upTo)
                .filter(e -> scope.customerId() == null || scope.customerId().equals(e.customerId()))
                .filter(e -> scope.sellerId() == null || e.sellerIds().contains(scope.sellerId()))
                .filter(e -> scope.orderId() == null || scope.orderId().equals(e.orderId()))
                .limit(limit).toList();
    }

    @Override
    public Page<LoggedEvent> search(Search search, PageRequest page) {
        Predicate<LoggedEvent> matches = e -> (search.after() == null || e.position() > search.after())
                && (search.type() == null || search.type().equals(e.type()))
                && (search.aggregateType() == null || search.aggregateType().equals(e.aggregateType()))
                && (search.aggregateId() == null || search.aggregateId().equals(e.aggregateId()))
                && (search.correlationId() == null || search.correlationId().equals(e.correlationId()))
                && (search.from() == null || !e.occurredAt().isBefore(search.from()))
                && (search.to() == null || e.occurredAt().isBefore(search.to()));
        List<LoggedEvent> all = events().filter(matches).toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public List<LoggedEvent> ofOrder(UUID orderId, int limit) {
        return events().filter(e -> orderId.equals(e.orderId())).limit(limit).toList();
    }

    @Override
    public Map<String, Long> countByType(Instant from, Instant to) {
        return events().filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
                .collect(Collectors.groupingBy(LoggedEvent::type, TreeMap::new, Collectors.counting()));
    }

    @Override
    public Map<Instant, Long> countByMinute(Instant from, Instant to) {
        return events().filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
                .collect(Collectors.groupingBy(e -> Instant.ofEpochSecond(
                        Math.floorDiv(e.occurredAt().getEpochSecond(), 60) * 60), TreeMap::new, Collectors.counting()));
    }

    @Override
    public long latestPosition() {
        return log.latestPosition();
    }

    @Override
    public long oldestPosition() {
        return log.events().stream().findFirst().map(InMemoryEventLogAdapter.LoggedEvent::position)
                .orElseGet(() -> log.latestPosition() + 1);
    }

    @Override
    public int deleteOccurredBefore(Instant cutoff) {
        return log.purgeWhile(e -> e.event().occurredAt().isBefore(cutoff));
    }

    private Stream<LoggedEvent> events() {
        return log.events().stream().map(InMemoryEventLogReaderAdapter::toLogged);
    }

    private static LoggedEvent toLogged(InMemoryEventLogAdapter.LoggedEvent logged) {
        DomainEvent event = logged.event();
        // positions are unique in a store, so a name-based id from the position is stable and unique
        UUID id = UUID.nameUUIDFromBytes(("event-" + logged.position()).getBytes(StandardCharsets.UTF_8));
        return new LoggedEvent(logged.position(), id, event.type(), event.aggregateType(), event.aggregateId(),
                event.orderId(), event.customerId(), event.sellerIds(), logged.metadata().correlationId(),
                logged.metadata().causationId(), logged.metadata().actorId(), event.occurredAt(),
                Objects.requireNonNull(event.payload()));
    }
}
