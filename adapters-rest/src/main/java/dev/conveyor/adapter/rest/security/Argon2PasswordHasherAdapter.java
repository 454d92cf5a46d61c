package dev.conveyor.adapter.rest.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), so a hash carries
 * its own parameters and old hashes still verify after the settings change.
 * The defaults (19 MiB, 2 passes, 1 lane) follow OWASP's minimum for Argon2id
 * and take tens of milliseconds on one core.
 */
@Singleton
public final class Argon2PasswordHasherAdapter implements PasswordHasherPort {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;

    Argon2PasswordHasherAdapter(@Value("${conveyor.security.argon2.memory-kib:19456}") int memoryKib,
                                @Value("${conveyor.security.argon2.iterations:2}") int iterations,
                                @Value("${conveyor.security.argon2.parallelism:1}") int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }
}
