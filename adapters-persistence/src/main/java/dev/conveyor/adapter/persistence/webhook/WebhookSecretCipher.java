package dev.conveyor.adapter.persistence.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts webhook secrets at rest with AES-256-GCM: {@code aesgcm:v1:<key id>:<base64 of nonce and
 * ciphertext>}, the endpoint's id as associated data (a sealed secret copied to another row does not open).
 * The key is {@code conveyor.webhooks.secret-key} (base64 of 32 bytes, the same on every instance); without it
 * a key is generated once and kept in {@code conveyor.webhooks.secret-key-file}, with a warning: fine for the
 * embedded default, not for several instances. The key id (the start of the key's SHA-256) says which key
 * sealed a secret, so a wrong key is named as such instead of failing as a broken ciphertext.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class WebhookSecretCipher {

    static final String PREFIX = "aesgcm:v1:";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSecretCipher.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final String keyId;

    WebhookSecretCipher(@Value("${conveyor.webhooks.secret-key:}") String configuredKey,
                        @Value("${conveyor.webhooks.secret-key-file:data/webhook-secret.key}") String keyFile) {
        byte[] bytes = configuredKey.isBlank() ? keptKey(Path.of(keyFile)) : decode(configuredKey.strip(),
                "conveyor.webhooks.secret-key");
        this.key = new SecretKeySpec(bytes, "AES");
        this.keyId = keyIdOf(bytes);
    }

    boolean sealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    String seal(UUID endpointId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES/GCM", e);
        }
    }

    /** The secret; a value stored before encryption (not sealed) is answered as it is. */
    String open(UUID endpointId, String stored) {
        if (!sealed(stored)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2 || !parts[0].equals(keyId)) {
            throw new IllegalStateException("the secret of webhook " + endpointId + " was encrypted with key "
                    + parts[0] + ", this instance has key " + keyId + ": set the same conveyor.webhooks.secret-key "
                    + "(CONVEYOR_WEBHOOKS_SECRET_KEY) on every instance");
        }
        byte[] all = Base64.getDecoder().decode(parts[1]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of webhook " + endpointId + " does not decrypt: it was "
                    + "altered or belongs to another endpoint", e);
        }
    }

    /** The key kept in {@code file}, made on first use; two instances starting at once end with the same one. */
    private static byte[] keptKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path absolute = file.toAbsolutePath();
                Files.createDirectories(absolute.getParent());
                Path draft = Files.createTempFile(absolute.getParent(), "webhook-secret", ".tmp");
                try {
                    Files.writeString(draft, Base64.getEncoder().encodeToString(fresh) + "\n");
                    trySetOwnerOnly(draft);
                    Files.createLink(absolute, draft);
                    LOG.warn("conveyor.webhooks.secret-key is not set: webhook secrets are encrypted with a key "
                            + "generated and kept in {}; set CONVEYOR_WEBHOOKS_SECRET_KEY (openssl rand -base64 32, "
                            + "the same on every instance) in production", absolute);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            } else {
                LOG.warn("conveyor.webhooks.secret-key is not set: webhook secrets are encrypted with the key kept "
                        + "in {}; set CONVEYOR_WEBHOOKS_SECRET_KEY in production", file.toAbsolutePath());
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the webhook secret key in " + file.toAbsolutePath()
                    + "; set conveyor.webhooks.secret-key (CONVEYOR_WEBHOOKS_SECRET_KEY) instead", e);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions: the directory's own protection applies
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must be base64 (openssl rand -base64 32)", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(source + " must be 32 bytes in base64 (openssl rand -base64 32), not "
                    + bytes.length + " bytes");
        }
        return bytes;
    }

    private static String keyIdOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
