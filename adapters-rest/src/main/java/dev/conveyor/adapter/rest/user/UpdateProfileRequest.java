package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase.UpdateProfileCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A partial change: absent parts stay as they are, a blank name or phone clears it. */
@Serdeable
public record UpdateProfileRequest(@Nullable String name, @Nullable String phone, @Nullable AddressRequest address)
        implements JsonRequest {

    UpdateProfileCommand toCommand() {
        return new UpdateProfileCommand(name, phone,
                address == null ? null : AddressRequest.toAddress("address", address));
    }
}
