package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase.ChangePasswordCommand;
import dev.conveyor.application.accounts.port.in.Password;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The current password, proving that the account's owner is at the keyboard, and the new one (10 to 128
 * characters, without the account's e-mail address).
 */
@Serdeable
public record ChangePasswordRequest(@Nullable String currentPassword, @Nullable String password)
        implements JsonRequest {

    ChangePasswordCommand toCommand() {
        return new ChangePasswordCommand(currentPassword, new Password(password));
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[****]";
    }
}
