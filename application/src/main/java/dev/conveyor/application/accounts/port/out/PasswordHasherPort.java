package dev.conveyor.application.accounts.port.out;

public interface PasswordHasherPort {

    /** A salted, slow hash that embeds its own parameters. */
    String hash(String password);

    boolean matches(String password, String hash);
}
