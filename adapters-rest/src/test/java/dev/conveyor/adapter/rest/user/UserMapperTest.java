package dev.conveyor.adapter.rest.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UserMapperTest {

    private final UserMapper mapper = new UserMapperImpl();

    @Test
    void aUserBecomesItsJsonWithTheProfileFlattened() {
        UserId id = UserId.newId();

        UserResponse response = mapper.toResponse(Fixtures.user(id, Role.STAFF));

        assertEquals(new UserResponse(id.value(), "ann@example.com", Role.STAFF, "Ann", "+33 1 23 45",
                new AddressResponse("Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), Fixtures.NOW,
                Fixtures.NOW), response);
    }

    @Test
    void anEmptyProfileHasNoAddress() {
        User user = User.rehydrate(UserId.newId(), new Email("b@example.com"), "hash", Role.CUSTOMER, Profile.EMPTY,
                Fixtures.NOW, Fixtures.NOW, null, 0);

        assertEquals(null, mapper.toResponse(user).address());
    }

    @Test
    void theResponseHasNoPlaceForAPasswordHash() {
        assertFalse(Arrays.stream(UserResponse.class.getRecordComponents()).map(RecordComponent::getName)
                .anyMatch(name -> name.toLowerCase().contains("password")));
    }
}
