package dev.conveyor.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherAdapterTest {

    /** Small settings keep the test fast; the defaults are tested for their encoding only. */
    private final Argon2PasswordHasherAdapter hasher = new Argon2PasswordHasherAdapter(1024, 1, 1);

    @Test
    void aPasswordMatchesItsHashAndNothingElse() {
        String hash = hasher.hash("correct horse battery staple");

        assertTrue(hasher.matches("correct horse battery staple", hash));
        assertFalse(hasher.matches("correct horse battery stapler", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void hashesAreSaltedArgon2idStringsCarryingTheirParameters() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertTrue(first.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), first);
        assertNotEquals(first, second);
        assertFalse(first.contains("same password"));
    }

    @Test
    void theDefaultSettingsAreOwaspsArgon2idMinimum() {
        String hash = new Argon2PasswordHasherAdapter(19456, 2, 1).hash("pw");

        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    }

    @Test
    void aHashMadeWithOtherSettingsStillVerifies() {
        String old = new Argon2PasswordHasherAdapter(2048, 2, 2).hash("pass phrase");

        assertTrue(hasher.matches("pass phrase", old));
        assertFalse(hasher.matches("pass phrasE", old));
    }

    @Test
    void missingOrForeignHashesNeverMatch() {
        assertFalse(hasher.matches("pw", null));
        assertFalse(hasher.matches(null, hasher.hash("pw")));
        assertFalse(hasher.matches("pw", "$2a$10$abcdefghijklmnopqrstuu"));
        assertFalse(hasher.matches("pw", "$argon2id$v=19$garbage"));
    }
}
