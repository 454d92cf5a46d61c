package dev.conveyor.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void signingUpRecordsUserRegisteredOnce() {
        User user = User.signUp(new Email("ada@example.com"), "hash", Profile.EMPTY, NOW);

        List<DomainEvent> events = user.pullEvents();
        assertEquals(List.of("user:registered"), events.stream().map(DomainEvent::type).toList());
        assertEquals("ada@example.com", events.get(0).payload().get("email"));
        assertEquals("CUSTOMER", events.get(0).payload().get("role"));
        assertEquals(user.id().value(), events.get(0).aggregateId());
        assertEquals(List.of(), user.pullEvents());
    }

    @Test
    void aRoleChangeRecordsBothRolesAndTheSameRoleRecordsNothing() {
        User user = User.signUp(new Email("ada@example.com"), "hash", Profile.EMPTY, NOW);
        user.pullEvents();

        user.changeRole(Role.SELLER, NOW);
        user.changeRole(Role.SELLER, NOW);

        List<DomainEvent> events = user.pullEvents();
        assertEquals(1, events.size());
        assertEquals("user:role-changed", events.get(0).type());
        assertEquals("CUSTOMER", events.get(0).payload().get("previousRole"));
        assertEquals("SELLER", events.get(0).payload().get("role"));
    }
}
