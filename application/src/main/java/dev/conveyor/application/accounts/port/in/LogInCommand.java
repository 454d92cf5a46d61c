package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Check;

/** @param clientAddress the caller's IP address, for rate limiting */
public record LogInCommand(String email, String password, String clientAddress) {

    public LogInCommand {
        email = Check.text("email", email, 254);
        Check.notNull("password", password);
        Check.range("password", password.length(), 1, Password.MAX_LENGTH);
        clientAddress = clientAddress == null ? "unknown" : clientAddress;
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", clientAddress=" + clientAddress + "]";
    }
}
