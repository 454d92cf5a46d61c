package dev.conveyor.adapter.rest.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase.UpdateProfileCommand;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Role;
import org.junit.jupiter.api.Test;

class UserRequestsTest {

    @Test
    void aProfileChangeWithoutAddressLeavesItAlone() {
        UpdateProfileCommand command = new UpdateProfileRequest("Ann", "", null).toCommand();

        assertEquals("Ann", command.name());
        assertEquals("", command.phone(), "blank clears the phone in the core");
        assertNull(command.address());
    }

    @Test
    void anAddressIsValidatedUnderItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new UpdateProfileRequest(null,
                null, new AddressRequest("Ann", null, null, "Lyon", null, "69001", "FR")).toCommand());

        assertEquals("address.line1", e.field());
    }

    @Test
    void rolesAreNamedConstants() {
        assertEquals(Role.SELLER, new ChangeRoleRequest("seller").toRole());
        assertEquals("role", assertThrows(InvalidInputException.class, () -> new ChangeRoleRequest("ROOT").toRole())
                .field());
        assertEquals("role", assertThrows(InvalidInputException.class, () -> new ChangeRoleRequest(null).toRole())
                .field());
    }
}
