package dev.conveyor.domain.user;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Events of accounts, named as in the event catalogue. They concern no order: only staff and admins see them. */
public final class UserEvents {

    private UserEvents() {
    }

    private interface UserEvent extends DomainEvent {
        @Override
        default String aggregateType() {
            return "user";
        }
    }

    /** Someone signed up (self-service signup makes a customer). */
    public record UserRegistered(UUID aggregateId, String email, Role role, Instant occurredAt) implements UserEvent {
        @Override
        public String type() {
            return "user:registered";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("userId", aggregateId.toString());
            map.put("email", email);
            map.put("role", role.name());
            return map;
        }
    }

    /** An administrator gave the account another role. */
    public record RoleChanged(UUID aggregateId, Role previousRole, Role role, Instant occurredAt) implements UserEvent {
        @Override
        public String type() {
            return "user:role-changed";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("userId", aggregateId.toString(), "previousRole", previousRole.name(), "role", role.name());
        }
    }
}
