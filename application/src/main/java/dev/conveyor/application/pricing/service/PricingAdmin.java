package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the administration of rates, methods and promotions shares: who may read and change them, and a
 * change as one transaction that appends its event.
 */
final class PricingAdmin {

    private final TransactionPort transactions;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final TaxCategoryPort categories;
    private final Clock clock;

    PricingAdmin(TransactionPort transactions, IdempotentExecutor idempotent, EventRecorder events,
                 TaxCategoryPort categories, Clock clock) {
        this.transactions = transactions;
        this.idempotent = idempotent;
        this.events = events;
        this.categories = categories;
        this.clock = clock;
    }

    /** Staff read what prices their orders; administrators too. */
    static void requireReader(Actor actor) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
    }

    /**
     * Administrators only: runs {@code work} in a transaction with the event {@code describe} makes of its
     * result; a null event means nothing changed.
     */
    <T> T change(Actor actor, Supplier<T> work, Function<T, DomainEvent> describe) {
        actor.requireRole(Role.ADMIN);
        DomainEvent[] recorded = new DomainEvent[1];
        T result = transactions.inTransaction(() -> {
            T changed = work.get();
            recorded[0] = describe.apply(changed);
            if (recorded[0] != null) {
                events.append(actor, List.of(recorded[0]));
            }
            return changed;
        });
        if (recorded[0] != null) {
            events.committed(List.of(recorded[0]));
        }
        return result;
    }

    /**
     * Administrators only: creates something under a new id at most once per idempotency key, with the event
     * {@code describe} makes of it; a retry answers what {@code reload} finds under the first request's id.
     */
    <T> Created<T> create(Actor actor, IdempotencyKey key, String operation, String fingerprint,
                          Function<UUID, T> work, Function<T, DomainEvent> describe, Function<UUID, T> reload) {
        actor.requireRole(Role.ADMIN);
        List<DomainEvent> recorded = new ArrayList<>();
        var outcome = idempotent.execute(actor, key, operation, fingerprint, id -> {
            T created = work.apply(id);
            recorded.add(describe.apply(created));
            events.append(actor, recorded);
            return created;
        });
        if (outcome.replayed()) {
            return new Created<>(reload.apply(outcome.resourceId()), true);
        }
        events.committed(recorded);
        return new Created<>(outcome.created(), false);
    }

    void requireCategory(TaxCategory category) {
        if (!categories.exists(category)) {
            throw new InvalidInputException("taxCategory", "tax category " + category.code()
                    + " does not exist; the store has " + categories.all().stream().map(c -> c.category().code()).toList());
        }
    }

    Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    static NotFoundException notFound(String what, Object id) {
        return new NotFoundException(what.toUpperCase(java.util.Locale.ROOT).replace(' ', '_') + "_NOT_FOUND",
                what + " " + id + " does not exist");
    }
}
