package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort.QueuedMail;
import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.mail.port.out.MailTemplate;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox's two guarantees, decided by the database: one row per (event, recipient, template), and one
 * claim per mail however many senders (instances) race for it.
 */
abstract class MailOutboxContract {

    @Inject
    MailOutboxPort outbox;
    @Inject
    MailPreferencePort preferences;
    @Inject
    TransactionPort transactions;

    @Test
    void anEventQueuesATemplateForARecipientOnce() {
        UUID event = UUID.randomUUID();
        UUID recipient = UUID.randomUUID();
        assertTrue(transactions.inTransaction(() -> outbox.enqueue(mail(event, recipient, MailTemplate.ORDER_PLACED))));
        assertFalse(transactions.inTransaction(() -> outbox.enqueue(mail(event, recipient, MailTemplate.ORDER_PLACED))),
                "the same event, recipient and template again");
        assertTrue(transactions.inTransaction(() -> outbox.enqueue(mail(event, recipient, MailTemplate.WELCOME))));
        assertTrue(transactions.inTransaction(() -> outbox.enqueue(mail(event, UUID.randomUUID(),
                MailTemplate.ORDER_PLACED))));
    }

    @Test
    void racingSendersClaimEachMailOnceAndOnlyPendingDueMailsAreDue() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            QueuedMail mail = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.LOW_STOCK);
            transactions.inTransaction(() -> outbox.enqueue(mail));
            ids.add(mail.id());
        }
        Set<UUID> claimed = ConcurrentHashMap.newKeySet();
        List<UUID> duplicates = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                runs.add(senders.submit(() -> {
                    start.await();
                    for (UUID id : ids) {
                        if (transactions.inTransaction(() -> outbox.claim(id, NOW)) && !claimed.add(id)) {
                            synchronized (duplicates) {
                                duplicates.add(id);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
        assertEquals(List.of(), duplicates, "no mail claimed twice");
        assertEquals(Set.copyOf(ids), claimed, "every mail claimed once");
        assertTrue(outbox.due(NOW.plusSeconds(3600), 1000).stream().noneMatch(m -> ids.contains(m.id())),
                "claimed mails are no longer due");

        UUID retried = ids.get(0);
        transactions.inTransaction(() -> outbox.retryLater(retried, 1, NOW.plusSeconds(60), "421 try later"));
        assertTrue(outbox.due(NOW, 1000).stream().noneMatch(m -> m.id().equals(retried)), "not before its time");
        QueuedMail due = outbox.due(NOW.plusSeconds(60), 1000).stream().filter(m -> m.id().equals(retried))
                .findFirst().orElseThrow();
        assertEquals(1, due.attempts());
        assertEquals("421 try later", due.lastError());
        assertTrue(transactions.inTransaction(() -> outbox.claim(retried, NOW)));
        transactions.inTransaction(() -> outbox.sent(retried, NOW));
        assertFalse(transactions.inTransaction(() -> outbox.claim(retried, NOW)), "a sent mail is never claimed");
    }

    @Test
    void onlyAMailGivenUpOnIsSentAgainAndThenWithAFreshCountOfAttempts() {
        QueuedMail failed = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_SHIPPED);
        QueuedMail uncertain = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_SHIPPED);
        QueuedMail sent = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_SHIPPED);
        for (QueuedMail mail : List.of(failed, uncertain, sent)) {
            transactions.inTransaction(() -> outbox.enqueue(mail));
            assertTrue(transactions.inTransaction(() -> outbox.claim(mail.id(), NOW)));
        }
        transactions.inTransaction(() -> outbox.giveUp(failed.id(), Status.FAILED, 10, "connection refused", NOW));
        transactions.inTransaction(() -> outbox.giveUp(uncertain.id(), Status.UNCERTAIN, 3, "no answer", NOW));
        transactions.inTransaction(() -> outbox.sent(sent.id(), NOW));

        List<UUID> listed = outbox.list(Status.FAILED, new PageRequest(0, 100)).items().stream()
                .map(QueuedMail::id).toList();
        assertTrue(listed.contains(failed.id()), "the failed mail is listed");
        assertFalse(listed.contains(uncertain.id()) || listed.contains(sent.id()), "only failed mails are listed");

        assertFalse(transactions.inTransaction(() -> outbox.resend(sent.id(), NOW)), "a sent mail");
        assertFalse(transactions.inTransaction(() -> outbox.resend(UUID.randomUUID(), NOW)), "no such mail");
        assertTrue(transactions.inTransaction(() -> outbox.resend(uncertain.id(), NOW)));
        assertTrue(transactions.inTransaction(() -> outbox.resend(failed.id(), NOW.plusSeconds(5))));
        assertFalse(transactions.inTransaction(() -> outbox.resend(failed.id(), NOW)), "pending again by now");

        QueuedMail again = outbox.find(failed.id()).orElseThrow();
        assertEquals(Status.PENDING, again.status());
        assertEquals(0, again.attempts());
        assertEquals("connection refused", again.lastError(), "the last error stays until the next attempt");
        assertTrue(outbox.due(NOW.plusSeconds(5), 1000).stream().anyMatch(m -> m.id().equals(failed.id())),
                "due at once");
        assertEquals(Status.SENT, outbox.find(sent.id()).orElseThrow().status());
    }

    @Test
    void aMailLeftSendingByASenderThatStoppedEndsUncertainOnceItsClaimIsStale() {
        QueuedMail abandoned = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_PLACED);
        QueuedMail sending = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_PLACED);
        QueuedMail pending = mail(UUID.randomUUID(), UUID.randomUUID(), MailTemplate.ORDER_PLACED);
        for (QueuedMail mail : List.of(abandoned, sending, pending)) {
            transactions.inTransaction(() -> outbox.enqueue(mail));
        }
        assertTrue(transactions.inTransaction(() -> outbox.claim(abandoned.id(), NOW)));
        assertTrue(transactions.inTransaction(() -> outbox.claim(sending.id(), NOW.plusSeconds(600))));

        // other tests of the class may have left claims at NOW: at least this one is stale
        assertTrue(transactions.inTransaction(() -> outbox.giveUpStaleClaims(NOW.plusSeconds(300),
                "the sender stopped")) >= 1, "the claim older than the limit");
        QueuedMail given = outbox.find(abandoned.id()).orElseThrow();
        assertEquals(Status.UNCERTAIN, given.status());
        assertEquals(1, given.attempts());
        assertEquals("the sender stopped", given.lastError());
        assertEquals(Status.SENDING, outbox.find(sending.id()).orElseThrow().status(), "a sender still at it");
        assertEquals(Status.PENDING, outbox.find(pending.id()).orElseThrow().status(), "never claimed");
        assertTrue(outbox.list(Status.UNCERTAIN, new PageRequest(0, 100)).items().stream()
                .anyMatch(m -> m.id().equals(abandoned.id())), "listed for the back office");
        assertTrue(transactions.inTransaction(() -> outbox.resend(abandoned.id(), NOW.plusSeconds(301))),
                "an administrator may send it again");
        assertEquals(0, (int) transactions.inTransaction(() -> outbox.giveUpStaleClaims(NOW.plusSeconds(300),
                "the sender stopped")), "nothing stale is left");
    }

    @Test
    void optOutsReplaceAndAddUp() {
        UserId user = new UserId(UUID.randomUUID());
        transactions.inTransaction(() -> preferences.save(user, Set.of(MailCategory.STOCK_ALERTS,
                MailCategory.PAYMENT_ALERTS)));
        transactions.inTransaction(() -> preferences.optOut(user, MailCategory.STOCK_ALERTS));
        assertEquals(Set.of(MailCategory.STOCK_ALERTS, MailCategory.PAYMENT_ALERTS), preferences.optedOut(user));
        transactions.inTransaction(() -> preferences.save(user, Set.of()));
        transactions.inTransaction(() -> preferences.optOut(user, MailCategory.INTEGRATION_ALERTS));
        assertEquals(Set.of(MailCategory.INTEGRATION_ALERTS), preferences.optedOut(user));
    }

    private static QueuedMail mail(UUID event, UUID recipient, MailTemplate template) {
        return new QueuedMail(UUID.randomUUID(), event, template, recipient, "someone@conveyor.test", "Subject",
                "<p>html</p>", "text", null, null, null, Status.PENDING, 0, NOW, NOW, null, null);
    }
}
