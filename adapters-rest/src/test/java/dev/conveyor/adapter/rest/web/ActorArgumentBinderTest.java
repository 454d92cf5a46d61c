package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorArgumentBinderTest {

    @Test
    void theTokensSubjectAndRoleMakeTheActor() {
        UUID id = UUID.randomUUID();

        Actor actor = ActorArgumentBinder.user(Authentication.build(id.toString(), List.of("STAFF"), Map.of()), "c-1");

        assertEquals(Actor.user(new UserId(id), Role.STAFF, "c-1"), actor);
    }

    @Test
    void aTokenWithoutAUsableSubjectOrRoleAuthenticatesNobody() {
        String id = UUID.randomUUID().toString();

        assertThrows(UnauthenticatedException.class, () -> ActorArgumentBinder.user(
                Authentication.build("ann", List.of("CUSTOMER"), Map.of()), "c-1"));
        assertThrows(UnauthenticatedException.class, () -> ActorArgumentBinder.user(
                Authentication.build(id, List.of("ROOT"), Map.of()), "c-1"));
        assertThrows(UnauthenticatedException.class, () -> ActorArgumentBinder.user(
                Authentication.build(id, List.of(), Map.of()), "c-1"));
    }
}
