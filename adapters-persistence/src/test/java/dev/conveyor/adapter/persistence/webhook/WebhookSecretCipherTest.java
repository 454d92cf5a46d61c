package dev.conveyor.adapter.persistence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookSecretCipherTest {

    private static final String SECRET = "whsec_0123456789abcdef0123456789abcdef";

    private static WebhookSecretCipher withKey(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return new WebhookSecretCipher(Base64.getEncoder().encodeToString(key), "unused");
    }

    @Test
    void aSealedSecretOpensForItsEndpointOnlyAndNeverShowsItself() {
        WebhookSecretCipher cipher = withKey(1);
        UUID endpoint = UUID.randomUUID();
        String sealed = cipher.seal(endpoint, SECRET);
        assertTrue(sealed.startsWith(WebhookSecretCipher.PREFIX), sealed);
        assertFalse(sealed.contains(SECRET.substring(6)));
        assertNotEquals(sealed, cipher.seal(endpoint, SECRET), "a fresh nonce every time");
        assertEquals(SECRET, cipher.open(endpoint, sealed));
        IllegalStateException moved = assertThrows(IllegalStateException.class,
                () -> cipher.open(UUID.randomUUID(), sealed));
        assertTrue(moved.getMessage().contains("does not decrypt"), moved.getMessage());
        assertEquals(SECRET, cipher.open(endpoint, SECRET), "a secret stored before encryption reads as it is");
    }

    @Test
    void anotherInstancesKeyIsNamedNotMistakenForAlteredData() {
        UUID endpoint = UUID.randomUUID();
        String sealed = withKey(1).seal(endpoint, SECRET);
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class,
                () -> withKey(2).open(endpoint, sealed));
        assertTrue(wrongKey.getMessage().contains("CONVEYOR_WEBHOOKS_SECRET_KEY"), wrongKey.getMessage());
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSecretCipher("not base64!", "unused"));
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookSecretCipher(Base64.getEncoder().encodeToString(new byte[16]), "unused"));
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKept(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve("webhook-secret.key");
        WebhookSecretCipher first = new WebhookSecretCipher("", file.toString());
        assertTrue(Files.exists(file));
        UUID endpoint = UUID.randomUUID();
        String sealed = first.seal(endpoint, SECRET);
        assertEquals(SECRET, new WebhookSecretCipher("", file.toString()).open(endpoint, sealed),
                "a restart uses the kept key");
        assertEquals(1, Files.list(file.getParent()).count(), "no draft left behind");
    }
}
