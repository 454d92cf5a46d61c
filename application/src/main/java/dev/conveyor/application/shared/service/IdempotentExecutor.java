package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.application.shared.port.out.IdempotencyPort.IdempotencyRecord;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a creating request at most once per (user, key). The key is claimed in
 * the transaction that creates the resource, before anything else in it (a retry
 * fails the claim and is answered from the stored key, having written nothing),
 * so a crash can never leave a key without its resource or the reverse. The claim is the only marker of a
 * request in flight: a concurrent duplicate waits for the first transaction
 * (and answers as its retry) or is told the key is in use, and a claim whose
 * holder dies goes with its transaction, so a retry on another instance
 * succeeds at once.
 */
public final class IdempotentExecutor {

    private final IdempotencyPort idempotency;
    private final TransactionPort transactions;
    private final Clock clock;
    private final Duration retention;

    public IdempotentExecutor(IdempotencyPort idempotency, TransactionPort transactions, Clock clock,
                              Duration retention) {
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * @param create runs inside the transaction with the id the new resource must take
     * @return the created value, or, for a retry, only the id of the resource the first request created
     */
    public <T> Outcome<T> execute(Actor actor, IdempotencyKey key, String operation, String fingerprint,
                                  Function<UUID, T> create) {
        UUID resourceId = Ids.newId();
        if (key == null) {
            return new Outcome<>(transactions.inTransaction(() -> create.apply(resourceId)), resourceId, false);
        }
        String scope = actor.requireUser().value().toString();
        String requestHash = Hashing.sha256(operation + '\n' + fingerprint);
        Instant now = clock.instant();
        // No lookup before the claim: a first request (nearly all of them) would pay a statement and a
        // connection of its own for nothing, and a retry finds its key by failing the claim just the same
        IdempotencyRecord claim = new IdempotencyRecord(scope, key.value(), operation, requestHash, resourceId,
                now, now.plus(retention));
        try {
            T created = transactions.inTransaction(() -> {
                if (!idempotency.claim(claim)) {
                    throw new ClaimedElsewhere();
                }
                return create.apply(resourceId);
            });
            return new Outcome<>(created, resourceId, false);
        } catch (ClaimedElsewhere e) {
            // the key is taken: by an earlier request (a retry, answered as the first request was), by one
            // committed while we waited on its row, or by one still running (H2 does not wait for it): in use
            return replay(idempotency.find(scope, key.value(), clock.instant()).orElseThrow(() -> inFlight(key)),
                    operation, requestHash);
        }
    }

    private static <T> Outcome<T> replay(IdempotencyRecord record, String operation, String requestHash) {
        if (!record.operation().equals(operation) || !record.fingerprint().equals(requestHash)) {
            throw new UnprocessableException("IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was already used for a different request; use a new key");
        }
        return new Outcome<>(null, record.resourceId(), true);
    }

    private static ConflictException inFlight(IdempotencyKey key) {
        return new ConflictException("IDEMPOTENCY_KEY_IN_USE",
                "a request with Idempotency-Key " + key.value() + " is still being processed; retry shortly");
    }

    public record Outcome<T>(T created, UUID resourceId, boolean replayed) {
    }

    private static final class ClaimedElsewhere extends RuntimeException {
        ClaimedElsewhere() {
            super(null, null, false, false);
        }
    }
}
