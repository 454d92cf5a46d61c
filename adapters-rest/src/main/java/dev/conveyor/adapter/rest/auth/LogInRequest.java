package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.accounts.port.in.LogInCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record LogInRequest(@Nullable String email, @Nullable String password) implements JsonRequest {

    LogInCommand toCommand(String clientAddress) {
        return new LogInCommand(email, password, clientAddress);
    }

    @Override
    public String toString() {
        return "LogInRequest[email=" + email + "]";
    }
}
