package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SignUpRequest(@Nullable String email, @Nullable String password, @Nullable String name)
        implements JsonRequest {

    SignUpCommand toCommand() {
        return SignUpCommand.of(email, password, name);
    }

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", name=" + name + "]";
    }
}
