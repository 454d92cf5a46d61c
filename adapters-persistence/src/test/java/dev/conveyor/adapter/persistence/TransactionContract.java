package dev.conveyor.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.transaction.exceptions.UnexpectedRollbackException;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

abstract class TransactionContract {

    @Inject
    TransactionPort transactions;
    @Inject
    UserRepositoryPort users;
    @Inject
    Fixtures fixtures;

    @Test
    void commitsWhatTheWorkWrote() {
        User user = transactions.inTransaction(() -> fixtures.user(Role.CUSTOMER));

        assertTrue(users.findById(user.id()).isPresent());
    }

    @Test
    void anExceptionRollsBackAndReachesTheCallerUnchanged() {
        AtomicReference<UserId> written = new AtomicReference<>();
        ConflictException thrown = new ConflictException("TEST", "refused");

        ConflictException caught = assertThrows(ConflictException.class, () -> transactions.inTransaction(() -> {
            written.set(fixtures.user(Role.CUSTOMER).id());
            throw thrown;
        }));

        assertSame(thrown, caught);
        assertTrue(users.findById(written.get()).isEmpty());
    }

    @Test
    void anUncheckedExceptionOfAnyKindRollsBack() {
        AtomicReference<UserId> written = new AtomicReference<>();
        IllegalStateException thrown = new IllegalStateException("bug");

        IllegalStateException caught = assertThrows(IllegalStateException.class,
                () -> transactions.inTransaction(() -> {
                    written.set(fixtures.user(Role.CUSTOMER).id());
                    throw thrown;
                }));

        assertSame(thrown, caught);
        assertTrue(users.findById(written.get()).isEmpty());
    }

    @Test
    void aNestedCallJoinsTheRunningTransaction() {
        AtomicReference<UserId> outer = new AtomicReference<>();
        AtomicReference<UserId> inner = new AtomicReference<>();
        AtomicReference<Boolean> innerSawOuter = new AtomicReference<>();
        ConflictException thrown = new ConflictException("TEST", "refused");

        ConflictException caught = assertThrows(ConflictException.class, () -> transactions.inTransaction(() -> {
            outer.set(fixtures.user(Role.CUSTOMER).id());
            transactions.inTransaction(() -> {
                innerSawOuter.set(users.findById(outer.get()).isPresent());
                inner.set(fixtures.user(Role.CUSTOMER).id());
            });
            throw thrown;
        }));

        assertSame(thrown, caught);
        assertEquals(Boolean.TRUE, innerSawOuter.get(), "the inner call sees the outer call's uncommitted row");
        assertTrue(users.findById(outer.get()).isEmpty());
        assertTrue(users.findById(inner.get()).isEmpty(), "the inner call committed nothing on its own");
    }

    @Test
    void aFailingNestedCallRollsBackTheWholeTransaction() {
        AtomicReference<UserId> outer = new AtomicReference<>();
        ConflictException thrown = new ConflictException("TEST", "refused");

        ConflictException caught = assertThrows(ConflictException.class, () -> transactions.inTransaction(() -> {
            outer.set(fixtures.user(Role.CUSTOMER).id());
            transactions.inTransaction(() -> {
                throw thrown;
            });
        }));

        assertSame(thrown, caught);
        assertTrue(users.findById(outer.get()).isEmpty());
    }

    @Test
    void aFailedNestedCallDoomsTheTransactionEvenWhenTheOuterWorkCatchesIt() {
        AtomicReference<UserId> outer = new AtomicReference<>();

        assertThrows(UnexpectedRollbackException.class, () -> transactions.inTransaction(() -> {
            outer.set(fixtures.user(Role.CUSTOMER).id());
            try {
                transactions.inTransaction(() -> {
                    throw new ConflictException("TEST", "refused");
                });
            } catch (ConflictException ignored) {
                // the outer work carries on as if nothing happened
            }
        }));

        assertTrue(users.findById(outer.get()).isEmpty());
    }

    @Test
    void anAfterCommitActionWaitsForTheOutermostCommitAndRunsAtOnceOutsideATransaction() {
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();

        transactions.inTransaction(() -> {
            transactions.inTransaction(() -> transactions.afterCommit(() -> told.add("inner")));
            assertTrue(told.isEmpty(), "not before the outer transaction commits");
            transactions.afterCommit(() -> told.add("outer"));
        });
        transactions.afterCommit(() -> told.add("alone"));

        assertEquals(java.util.List.of("inner", "outer", "alone"), told);
    }

    @Test
    void anAfterCommitActionNeverRunsWhenTheTransactionRollsBack() {
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();

        assertThrows(ConflictException.class, () -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> transactions.afterCommit(() -> told.add("inner")));
            throw new ConflictException("TEST", "refused");
        }));

        assertTrue(told.isEmpty());
    }
}
