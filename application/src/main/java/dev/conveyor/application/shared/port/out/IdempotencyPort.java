package dev.conveyor.application.shared.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers which resource a (user, key) pair created. The record is claimed in
 * the same transaction as the resource, so it exists exactly when the resource
 * does.
 */
public interface IdempotencyPort {

    /** The unexpired record for the scope and key. */
    Optional<IdempotencyRecord> find(String scope, String key, Instant now);

    /**
     * Stores the record unless an unexpired one exists for its scope and key.
     *
     * @return false when another request claimed the key first
     */
    boolean claim(IdempotencyRecord record);

    /**
     * @param scope       whose key it is (the user id)
     * @param operation   what the key was used for, e.g. {@code place-order}
     * @param fingerprint hash of the request, to tell a retry from a different request
     */
    record IdempotencyRecord(String scope, String key, String operation, String fingerprint, UUID resourceId,
                             Instant createdAt, Instant expiresAt) {
    }
}
